import { describe, expect, it } from 'vitest';
import { fromPublicId, toPublicId } from './public-id.ts';

describe('public event ids', () => {
  it('round-trip every size of id', () => {
    for (const id of [1, 61, 62, 3844, 123_456_789, Number.MAX_SAFE_INTEGER]) expect(fromPublicId(toPublicId(id))).toBe(id);
    expect(toPublicId(62)).toBe('evt_10');
  });

  it.each(['evt_', 'evt_0', 'evt_!x', 'pay_10', 'evt_zzzzzzzzzzz', 'evt_123456789012'])('reject %s', (value) => {
    expect(fromPublicId(value)).toBeUndefined();
  });
});
