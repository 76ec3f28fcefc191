import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, validProject, type TestContext } from '../../test/harness.ts';
import { rollupProjectJob } from './rollup.job.ts';
import { rollupProject } from './rollup.ts';

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

  it("spaces a project's debounced rollups by their duration: after a long one, the next waits ten times as long", async () => {
    const { cookie } = await signUp(t.app);
    const projectId = await createProject(t.app, cookie, { ...validProject, timezone: 'UTC', currency: 'USD' });
    const ctx = { db: t.db, log: t.app.log, now: () => t.clock.now, boss: t.boss! };
    const revenueToday = async () =>
      (await t.db.selectFrom('business_kpi_daily').select('revenue_cents').where('project_id', '=', projectId).where('local_date', '=', t.clock.now.toISOString().slice(0, 10)).executeTakeFirst())?.revenue_cents ?? 0;
    expect(await rollupProject(t.db, projectId, t.clock.now)).toMatchObject({ full: true });
    // A full recompute (first rollup, new zone or currency) is not a recurring cost: it holds nothing back.
    expect(await t.db.selectFrom('kpi_rollup_state').select('last_rollup_ms').where('project_id', '=', projectId).executeTakeFirstOrThrow()).toEqual({ last_rollup_ms: 0 });
    // The last rollup took 1.5 s; a payment arrives (written directly: no API, so no other rollup is asked for).
    await t.db.updateTable('kpi_rollup_state').set({ last_rollup_ms: 1500, last_rollup_at: t.clock.now }).where('project_id', '=', projectId).execute();
    await t.db
      .insertInto('business_events')
      .values({ project_id: projectId, event_type: 'payment_succeeded', occurred_at: t.clock.now, source: 'server', amount_cents: 4321, currency: 'USD', idempotency_key: 'spaced-payment-1', payload: '{}' })
      .execute();

    expect(await rollupProjectJob.handle({ projectId }, ctx)).toEqual({ projectId, deferredSeconds: 15 });
    expect(await revenueToday()).toBe(0);
    const waiting = await sql<{ in_seconds: number }>`
      SELECT extract(epoch FROM start_after - now())::float AS in_seconds FROM pgboss.job
      WHERE name = ${rollupProjectJob.name} AND singleton_key = ${projectId} AND state = 'created'`.execute(t.db);
    expect(waiting.rows).toHaveLength(1);
    expect(waiting.rows[0]!.in_seconds).toBeGreaterThan(13);
    expect(waiting.rows[0]!.in_seconds).toBeLessThanOrEqual(15);

    t.clock.now = new Date(t.clock.now.getTime() + 15_000);
    expect(await rollupProjectJob.handle({ projectId }, ctx)).toMatchObject({ projectId, days: 1 });
    expect(Number(await revenueToday())).toBe(4321);
  });
});
