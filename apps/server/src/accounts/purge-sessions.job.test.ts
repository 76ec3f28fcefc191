import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, signUp, type TestContext } from '../../test/harness.ts';
import { purgeSessionsJob } from './purge-sessions.job.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('accounts.purge-sessions job', () => {
  it('deletes expired sessions and old rate-limit windows, keeps live ones, and is safe to rerun', async () => {
    const live = await signUp(t.app);
    await signUp(t.app);
    await t.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '!=', live.userId).execute();
    await t.db.insertInto('rate_limit_hits').values([
      { bucket: 'old', window_start: new Date(Date.now() - 2 * 86_400_000), hits: 3 },
      { bucket: 'new', window_start: new Date(), hits: 1 },
    ]).execute();
    const ctx = { db: t.db, log: t.app.log, now: () => new Date() };
    expect(await purgeSessionsJob.handle({}, ctx)).toEqual({ sessions: 1, windows: 1 });
    expect(await purgeSessionsJob.handle({}, ctx)).toEqual({ sessions: 0, windows: 0 });
    const sessions = await t.db.selectFrom('sessions').select('user_id').execute();
    expect(sessions.map((s) => s.user_id)).toEqual([live.userId]);
    expect((await t.app.inject({ url: '/v1/auth/me', headers: { cookie: live.cookie } })).statusCode).toBe(200);
  });
});
