import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, validProject, type TestContext } from '../../test/harness.ts';
import { encodeCursor } from './cursor.ts';

let t: TestContext;
let projectId: string;
let auth: { authorization: string };

// New York: 2026-03-08 is the spring-forward day (23 hours: 05:00Z → 04:00Z next day).
const at = {
  mar7Last: '2026-03-08T04:59:59.999Z', // 23:59:59.999 on Mar 7, local
  mar8First: '2026-03-08T05:00:00.000Z', // 00:00 on Mar 8, local
  mar8Last: '2026-03-09T03:59:59.999Z', // 23:59:59.999 on Mar 8 (EDT), local
  mar9First: '2026-03-09T04:00:00.000Z', // 00:00 on Mar 9, local
};

beforeAll(async () => {
  t = await createTestContext();
  const { cookie } = await signUp(t.app);
  projectId = await createProject(t.app, cookie, { ...validProject, timezone: 'America/New_York', currency: 'USD' });
  auth = { authorization: `Bearer ${(await createApiKey(t.app, cookie, projectId, 'secret')).key}` };
  // Ingested in this order; the last one arrives late (it happened first).
  const events = [
    { eventType: 'lead_created', occurredAt: at.mar7Last, customerEmail: 'a@example.com' },
    { eventType: 'lead_created', occurredAt: at.mar8First, customerEmail: 'b@example.com' },
    { eventType: 'booking_requested', occurredAt: at.mar8Last },
    { eventType: 'payment_succeeded', occurredAt: at.mar9First, amountCents: 100, currency: 'USD', customerEmail: 'a@example.com' },
    { eventType: 'lead_created', occurredAt: '2026-03-01T12:00:00.000Z' },
  ];
  for (const [i, e] of events.entries()) {
    const res = await t.app.inject({ method: 'POST', url: base(), headers: auth, payload: { ...e, idempotencyKey: `list-event-${i}` } });
    expect(res.statusCode).toBe(201);
  }
});
afterAll(() => t.close());

function base() {
  return `/v1/inhouse/projects/${projectId}/business-events`;
}
async function list(query: string) {
  return await t.app.inject({ url: `${base()}?${query}`, headers: auth });
}
const times = (res: { json: () => { data: { events: { occurredAt: string }[] } } }) => res.json().data.events.map((e) => e.occurredAt);

describe('GET business-events', () => {
  it('timeline order (default) puts the late-arriving event where it happened', async () => {
    const res = await list('');
    expect(res.statusCode).toBe(200);
    expect(times(res)).toEqual([at.mar9First, at.mar8Last, at.mar8First, at.mar7Last, '2026-03-01T12:00:00.000Z']);
  });

  it('ingestion order is id desc: the late event comes first', async () => {
    const res = await list('orderBy=ingestion');
    expect(times(res)[0]).toBe('2026-03-01T12:00:00.000Z');
    const ids = res.json().data.events.map((e: { id: number }) => e.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  });

  it('pages with the cursor until hasMore is false, without gaps or repeats', async () => {
    for (const orderBy of ['timeline', 'ingestion']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await list(`orderBy=${orderBy}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        const data = res.json().data;
        seen.push(...data.events.map((e: { publicId: string }) => e.publicId));
        expect(data.hasMore).toBe(data.nextCursor !== null);
        cursor = data.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(5);
    }
  });

  it('includeTotal counts on the first page only', async () => {
    const first = (await list('limit=2&includeTotal=true')).json().data;
    expect(first.total).toBe(5);
    const second = (await list(`limit=2&includeTotal=true&cursor=${first.nextCursor}`)).json().data;
    expect(second.total).toBeUndefined();
    expect((await list('limit=2')).json().data.total).toBeUndefined();
  });

  it('offset paging works, and cursor with offset is 400', async () => {
    expect(times(await list('limit=2&offset=2'))).toEqual([at.mar8First, at.mar7Last]);
    const first = (await list('limit=2')).json().data;
    const both = await list(`cursor=${first.nextCursor}&offset=2`);
    expect(both.statusCode).toBe(400);
    expect(both.json().error.message).toContain('cursor and offset');
  });

  it.each([
    ['a number with garbage', '12abc'],
    ['base64 of garbage', Buffer.from('{"i":"12abc"}').toString('base64url')],
    ['an ingestion cursor in timeline order', encodeCursor({ kind: 'ingestion', id: 5 })],
    ['not base64', '%%%'],
    ['a negative id', Buffer.from('{"t":"2026-01-01T00:00:00.000Z","i":-1}').toString('base64url')],
  ])('rejects %s as a cursor with 400', async (_case, cursor) => {
    const res = await list(`cursor=${encodeURIComponent(cursor)}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_error');
  });

  it.each([
    ['limit=0'],
    ['limit=101'],
    ['orderBy=random'],
    ['startDate=2026-3-8'],
    ['startDate=2026-02-30'],
    ['endDate=03/08/2026'],
    ['startDate=2026-03-09&endDate=2026-03-08'],
    ['includeTotal=yes'],
  ])('rejects %s with 400', async (query) => {
    const res = await list(query);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_error');
  });

  it('a date range is whole local days in the project zone, DST day included', async () => {
    expect(times(await list('startDate=2026-03-08&endDate=2026-03-08'))).toEqual([at.mar8Last, at.mar8First]);
    expect(times(await list('startDate=2026-03-07&endDate=2026-03-07'))).toEqual([at.mar7Last]);
    expect(times(await list('startDate=2026-03-09'))).toEqual([at.mar9First]);
    expect(times(await list('endDate=2026-03-07'))).toEqual([at.mar7Last, '2026-03-01T12:00:00.000Z']);
  });

  it('filters by event types (comma list) and customer email', async () => {
    const types = (await list('eventType=booking_requested,payment_succeeded')).json().data.events.map((e: { eventType: string }) => e.eventType);
    expect(types.sort()).toEqual(['booking_requested', 'payment_succeeded']);
    expect(times(await list('customerEmail=A@Example.com'))).toEqual([at.mar9First, at.mar7Last]);
  });

  it('GET one by public id, 404 for unknown', async () => {
    const [first] = (await list('limit=1')).json().data.events;
    const one = await t.app.inject({ url: `${base()}/${first.publicId}`, headers: auth });
    expect(one.json().data.event).toEqual(first);
    expect((await t.app.inject({ url: `${base()}/evt_nope`, headers: auth })).statusCode).toBe(404);
  });
});
