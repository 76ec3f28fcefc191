import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, validProject, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({}, undefined, { withJobs: true });
});
afterAll(() => t.close());

describe('KPI freshness', () => {
  it('an ingested event shows in the KPIs within seconds, through the debounced pg-boss rollup', async () => {
    const { cookie } = await signUp(t.app);
    const projectId = await createProject(t.app, cookie, { ...validProject, timezone: 'UTC', currency: 'USD' });
    const { key } = await createApiKey(t.app, cookie, projectId, 'secret');
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const post = await t.app.inject({
      method: 'POST',
      url: `/v1/inhouse/projects/${projectId}/business-events`,
      headers: { authorization: `Bearer ${key}` },
      payload: { eventType: 'payment_succeeded', occurredAt: now.toISOString(), idempotencyKey: 'fresh-payment-1', amountCents: 4321, currency: 'USD' },
    });
    expect(post.statusCode).toBe(201);
    const revenue = async () => (await t.app.inject({ url: `/v1/inhouse/projects/${projectId}/business-kpis/daily?date=${today}`, headers: { cookie } })).json().data.kpis.revenue;
    await expect.poll(revenue, { timeout: 15_000, interval: 250 }).toBe(4321);
    const jobs = await t.db.selectFrom('pgboss.job' as never).select(['name' as never, 'state' as never]).where('name' as never, '=', 'kpis.rollup-project' as never).execute();
    expect(jobs.length).toBeGreaterThanOrEqual(1);
  });
});
