import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, validProject, type TestContext } from '../../test/harness.ts';
import { rollupProject, runRollupCycle } from './rollup.ts';

let t: TestContext;
let cookie: string;
beforeAll(async () => {
  t = await createTestContext();
  ({ cookie } = await signUp(t.app));
});
afterAll(() => t.close());

let n = 0;
async function setup(timezone: string, currency = 'USD') {
  const projectId = await createProject(t.app, cookie, { ...validProject, timezone, currency });
  const { key } = await createApiKey(t.app, cookie, projectId, 'secret');
  const post = async (events: Record<string, unknown>[]) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/inhouse/projects/${projectId}/business-events/batch`,
      headers: { authorization: `Bearer ${key}` },
      payload: { events: events.map((e) => ({ idempotencyKey: `rollup-${++n}-xxxx`, ...e })) },
    });
    expect(res.json().data.rejected, res.body).toBe(0);
  };
  const day = async (date: string) => (await t.db.selectFrom('business_kpi_daily').selectAll().where('project_id', '=', projectId).where('local_date', '=', date).executeTakeFirst()) ?? null;
  return { projectId, post, day };
}

const pay = (occurredAt: string, amountCents: number, currency = 'USD', extra: object = {}) => ({ eventType: 'payment_succeeded', occurredAt, amountCents, currency, ...extra });

describe('rollup', () => {
  it('counts each event on its local day, on 23- and 25-hour DST days in New York', async () => {
    const p = await setup('America/New_York');
    await p.post([
      pay('2026-03-08T04:59:59.999Z', 100), // Mar 7, 23:59:59 EST
      pay('2026-03-08T05:00:00.000Z', 200), // Mar 8, 00:00 EST
      pay('2026-03-09T03:59:59.999Z', 300), // Mar 8, 23:59:59 EDT (the day had 23 hours)
      pay('2026-11-01T04:00:00.000Z', 400), // Nov 1, 00:00 EDT
      pay('2026-11-02T04:59:59.999Z', 500), // Nov 1, 23:59:59 EST (the day had 25 hours)
      pay('2026-11-02T05:00:00.000Z', 600), // Nov 2, 00:00 EST
    ]);
    await rollupProject(t.db, p.projectId, new Date('2026-11-22T12:00:00Z'));
    expect((await p.day('2026-03-07'))?.revenue_cents).toBe(100);
    expect((await p.day('2026-03-08'))).toMatchObject({ revenue_cents: 500, orders: 2 });
    expect((await p.day('2026-11-01'))).toMatchObject({ revenue_cents: 900, orders: 2 });
    expect((await p.day('2026-11-02'))?.revenue_cents).toBe(600);
  });

  it('the first rollup fills every day since the first event with zeros between', async () => {
    const p = await setup('Europe/London');
    await p.post([pay('2026-11-10T12:00:00Z', 100), pay('2026-11-14T12:00:00Z', 100)]);
    const result = await rollupProject(t.db, p.projectId, new Date('2026-11-15T12:00:00Z'));
    expect(result).toMatchObject({ full: true, days: 6 });
    expect((await p.day('2026-11-12'))).toMatchObject({ revenue_cents: 0, orders: 0 });
  });

  it('a late-arriving event recomputes its old day; unrelated days are not touched', async () => {
    const p = await setup('Africa/Cairo', 'EGP');
    await p.post([pay('2026-11-20T10:00:00Z', 1000, 'EGP')]);
    await rollupProject(t.db, p.projectId, new Date('2026-11-22T10:00:00Z'));
    const untouched = await p.day('2026-11-21');
    await p.post([pay('2026-11-01T10:00:00Z', 777, 'EGP'), { eventType: 'lead_created', occurredAt: '2026-11-01T11:00:00Z' }]);
    const result = await rollupProject(t.db, p.projectId, new Date('2026-11-22T11:00:00Z'));
    expect(result.full).toBe(false);
    expect(result.days).toBeLessThanOrEqual(3);
    expect(await p.day('2026-11-01')).toMatchObject({ revenue_cents: 777, leads: 1 });
    expect((await p.day('2026-11-21'))?.updated_at).toEqual(untouched?.updated_at);
  });

  it('never sums currencies: other currencies are kept apart; orders count them all', async () => {
    const p = await setup('UTC', 'USD');
    await p.post([
      pay('2026-11-20T10:00:00Z', 1000),
      pay('2026-11-20T11:00:00Z', 5000, 'EUR'),
      pay('2026-11-20T12:00:00Z', 2500, 'EUR'),
      { eventType: 'payment_refunded', occurredAt: '2026-11-20T13:00:00Z', amountCents: 500, currency: 'EUR' },
      { eventType: 'payment_refunded', occurredAt: '2026-11-20T13:00:00Z', amountCents: 300, currency: 'USD' },
    ]);
    await rollupProject(t.db, p.projectId, new Date('2026-11-21T00:00:00Z'));
    expect(await p.day('2026-11-20')).toMatchObject({
      revenue_cents: 1000,
      refunds_cents: 300,
      orders: 3,
      other_currencies: [{ currency: 'EUR', revenueCents: 7500, refundsCents: 500, orders: 2 }],
    });
  });

  it('conversion inputs: orders and distinct sessions with checkout_started; leads include booking requests', async () => {
    const p = await setup('UTC');
    const at = '2026-11-20T10:00:00Z';
    await p.post([
      { eventType: 'checkout_started', occurredAt: at, sessionId: 's1' },
      { eventType: 'checkout_started', occurredAt: at, sessionId: 's1' },
      { eventType: 'checkout_started', occurredAt: at, sessionId: 's2' },
      pay(at, 100, 'USD', { sessionId: 's1' }),
      { eventType: 'lead_created', occurredAt: at },
      { eventType: 'booking_requested', occurredAt: at },
      { eventType: 'booking_confirmed', occurredAt: at },
      { eventType: 'payment_failed', occurredAt: at, amountCents: 100, currency: 'USD' },
    ]);
    await rollupProject(t.db, p.projectId, new Date('2026-11-21T00:00:00Z'));
    expect(await p.day('2026-11-20')).toMatchObject({ checkouts_started: 3, checkout_sessions: 2, orders: 1, leads: 2, bookings: 1, payment_failures: 1, sessions: 2 });
  });

  it('a time zone change recomputes the whole history in the new zone', async () => {
    const p = await setup('UTC');
    await p.post([pay('2026-11-20T02:00:00Z', 100)]);
    await rollupProject(t.db, p.projectId, new Date('2026-11-21T00:00:00Z'));
    expect((await p.day('2026-11-20'))?.revenue_cents).toBe(100);
    const patch = await t.app.inject({ method: 'PATCH', url: `/v1/projects/${p.projectId}`, headers: { cookie }, payload: { timezone: 'America/Los_Angeles' } });
    expect(patch.statusCode).toBe(200);
    const result = await rollupProject(t.db, p.projectId, new Date('2026-11-21T00:00:00Z'));
    expect(result.full).toBe(true);
    expect((await p.day('2026-11-19'))?.revenue_cents).toBe(100); // 02:00 UTC is 18:00 the day before in LA
    expect((await p.day('2026-11-20'))?.revenue_cents).toBe(0);
  });

  it('a cycle visits every project with new events and records its run', async () => {
    const a = await setup('UTC');
    const b = await setup('Asia/Kathmandu');
    await runRollupCycle(t.db, { trigger: 'cron', now: () => new Date() });
    await a.post([pay(new Date().toISOString(), 100)]);
    await b.post([pay(new Date().toISOString(), 100)]);
    const cycle = await runRollupCycle(t.db, { trigger: 'cron', reason: 'test', now: () => new Date() });
    expect(cycle.projects).toBe(2);
    expect(cycle.errors).toEqual([]);
    const run = await t.db.selectFrom('kpi_rollup_runs').selectAll().where('id', '=', cycle.runId).executeTakeFirstOrThrow();
    expect(run).toMatchObject({ trigger: 'cron', reason: 'test', projects_count: 2, error: null });
    expect(run.finished_at).not.toBeNull();
    expect((await runRollupCycle(t.db, { trigger: 'cron', now: () => new Date() })).projects).toBe(0);
  });

  it('a cycle counts every KPI day it wrote, when projects are recomputed in full side by side', async () => {
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
    const projects = [await setup('UTC'), await setup('UTC'), await setup('UTC')];
    await projects[0]!.post([pay(daysAgo(5), 100), pay(daysAgo(0), 100)]);
    await projects[1]!.post([pay(daysAgo(3), 100)]);
    await projects[2]!.post([pay(daysAgo(0), 100)]);
    const projectIds = projects.map((p) => p.projectId);
    // Never rolled up: each needs a full recompute, and those run a few at a time.
    const cycle = await runRollupCycle(t.db, { trigger: 'cron', projectIds, now: () => new Date() });
    expect(cycle.errors).toEqual([]);
    const written = await t.db.selectFrom('business_kpi_daily').select((eb) => eb.fn.countAll<string>().as('n')).where('project_id', 'in', projectIds).executeTakeFirstOrThrow();
    expect(Number(written.n)).toBeGreaterThanOrEqual(6 + 4 + 1);
    expect(cycle.rows).toBe(Number(written.n));
    const run = await t.db.selectFrom('kpi_rollup_runs').select('rows_count').where('id', '=', cycle.runId).executeTakeFirstOrThrow();
    expect(run.rows_count).toBe(cycle.rows);
  });

  it('a cycle rolls many projects up together; a project that breaks the shared statement fails alone', async () => {
    const a = await setup('UTC');
    const b = await setup('Europe/London');
    const broken = await setup('America/New_York');
    await runRollupCycle(t.db, { trigger: 'cron', now: () => new Date() });
    await a.post([pay(new Date().toISOString(), 700)]);
    await b.post([pay(new Date().toISOString(), 900)]);
    await broken.post([pay(new Date().toISOString(), 100)]);
    // A zone PostgreSQL does not know (the API never stores one) makes the set-based statement fail.
    await t.db.updateTable('projects').set({ timezone: 'Mars/Olympus_Mons' }).where('id', '=', broken.projectId).execute();
    await t.db.updateTable('kpi_rollup_state').set({ timezone: 'Mars/Olympus_Mons' }).where('project_id', '=', broken.projectId).execute();
    const cycle = await runRollupCycle(t.db, { trigger: 'cron', now: () => new Date() });
    expect(cycle.projects).toBe(3);
    expect(cycle.errors.map((e) => e.projectId)).toEqual([broken.projectId]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await a.day(today))?.revenue_cents).toBe(700);
    expect((await b.day(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())))?.revenue_cents).toBe(900);
    // The failed project keeps its dirty marker for the next cycle.
    const left = await t.db.selectFrom('kpi_dirty_days').select('project_id').distinct().execute();
    expect(left.map((r) => r.project_id)).toEqual([broken.projectId]);
    await t.db.updateTable('projects').set({ timezone: 'America/New_York' }).where('id', '=', broken.projectId).execute();
    await t.db.updateTable('kpi_rollup_state').set({ timezone: 'America/New_York' }).where('project_id', '=', broken.projectId).execute();
    expect((await runRollupCycle(t.db, { trigger: 'cron', now: () => new Date() })).errors).toEqual([]);
  });
});
