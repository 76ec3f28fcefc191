import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, validProject, type TestContext } from '../../test/harness.ts';
import { rollupProject } from './rollup.ts';

let t: TestContext;
let projectId: string;
let auth: { authorization: string };
let cookie: string;
// Fixed clock: Sunday 2026-11-22, 15:00 in New York.
const NOW = new Date('2026-11-22T20:00:00Z');

beforeAll(async () => {
  t = await createTestContext();
  t.clock.now = NOW;
  ({ cookie } = await signUp(t.app));
  projectId = await createProject(t.app, cookie, { ...validProject, timezone: 'America/New_York', currency: 'USD', industry: 'ecommerce' });
  auth = { authorization: `Bearer ${(await createApiKey(t.app, cookie, projectId, 'secret')).key}` };
  const pay = (date: string, amountCents: number, i: number) => ({ eventType: 'payment_succeeded', occurredAt: `${date}T17:00:00Z`, amountCents, currency: 'USD', idempotencyKey: `kpi-route-${date}-${i}` });
  const events = [
    pay('2026-11-22', 1000, 1), pay('2026-11-22', 500, 2), // today: 1500
    pay('2026-11-15', 1000, 1), // last Sunday: 1000
    pay('2026-11-18', 700, 1), // in the last 7 days
    pay('2026-11-10', 300, 1), // in the previous 7 days
    { eventType: 'payment_refunded', occurredAt: '2026-11-22T18:00:00Z', amountCents: 200, currency: 'USD', idempotencyKey: 'kpi-route-refund-1' },
    { eventType: 'payment_failed', occurredAt: '2026-11-22T18:00:00Z', amountCents: 200, currency: 'USD', idempotencyKey: 'kpi-route-failed-1' },
  ];
  await t.app.inject({ method: 'POST', url: `/v1/inhouse/projects/${projectId}/business-events/batch`, headers: auth, payload: { events } });
  await rollupProject(t.db, projectId, NOW);
});
afterAll(() => t.close());

const get = (path: string) => t.app.inject({ url: `/v1/inhouse/projects/${projectId}${path}`, headers: auth });

describe('business-kpis', () => {
  it('daily returns the day, zeros for a day without events, and lastRollupAt', async () => {
    const res = (await get('/business-kpis/daily?date=2026-11-22')).json().data;
    expect(res.kpis).toMatchObject({ revenue: 1500, refunds: 200, netRevenue: 1300, orders: 2, paymentFailures: 1, conversionRate: null });
    expect(res.lastRollupAt).toBe(NOW.toISOString());
    expect((await get('/business-kpis/daily?date=2026-11-01')).json().data.kpis.revenue).toBe(0);
  });

  it('range returns totals and zero-filled days', async () => {
    const res = (await get('/business-kpis/range?startDate=2026-11-16&endDate=2026-11-22')).json().data;
    expect(res.totals.revenue).toBe(2200);
    expect(res.days).toHaveLength(7);
    expect(res.days.map((d: { revenue: number }) => d.revenue)).toEqual([0, 0, 700, 0, 0, 0, 1500]);
  });

  it('trend returns exactly N local days ending today', async () => {
    const res = (await get('/business-kpis/trend?days=7')).json().data;
    expect(res).toMatchObject({ startDate: '2026-11-16', endDate: '2026-11-22' });
    expect(res.days).toHaveLength(7);
    expect((await get('/business-kpis/trend?days=1')).json().data.days.map((d: { date: string }) => d.date)).toEqual(['2026-11-22']);
    expect((await get('/business-kpis/trend')).json().data.days).toHaveLength(7);
  });

  it.each([
    ['/business-kpis/daily?date=2026-13-01'],
    ['/business-kpis/daily'],
    ['/business-kpis/range?startDate=2026-11-22&endDate=2026-11-01'],
    ['/business-kpis/range?startDate=2025-01-01&endDate=2026-01-02'],
    ['/business-kpis/trend?days=0'],
    ['/business-kpis/trend?days=91'],
    ['/run/overview?range=fortnight'],
    ['/run/overview?range=custom&startDate=2026-11-01'],
    ['/run/overview?range=today&startDate=2026-11-01&endDate=2026-11-02'],
    ['/run/overview?range=custom&startDate=2026-11-05&endDate=2026-11-01'],
  ])('%s → 400 with a message', async (path) => {
    const res = await get(path);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message.length).toBeGreaterThan(5);
  });
});

describe('run/overview', () => {
  it('today compares with the same weekday a week earlier by the same time, in the project’s zone', async () => {
    const res = (await get('/run/overview?range=today')).json().data;
    expect(res.range).toEqual({ name: 'today', startDate: '2026-11-22', endDate: '2026-11-22' });
    expect(res.comparison).toMatchObject({ startDate: '2026-11-15', endDate: '2026-11-15', label: 'vs last Sunday at this time', labelKey: 'comparison.sameWeekdaySoFar' });
    expect(res.kpis.revenue).toEqual({ current: 1500, previous: 1000, change: 500, changePercent: 50, goodDirection: 'up' });
    expect(res.kpis.refunds).toMatchObject({ current: 200, previous: 0, changePercent: null, goodDirection: 'down' });
    expect(res.kpis.conversionRate).toMatchObject({ current: null, previous: null, change: null, changePercent: null });
  });

  it('last7 compares with the previous 7 days up to this time of day, and says so', async () => {
    const res = (await get('/run/overview?range=last7')).json().data;
    expect(res.range).toMatchObject({ startDate: '2026-11-16', endDate: '2026-11-22' });
    expect(res.comparison).toMatchObject({ startDate: '2026-11-09', endDate: '2026-11-15', label: 'vs previous 7 days at this time', labelKey: 'comparison.previousDaysSoFar', labelParams: { days: 7 } });
    expect(res.kpis.revenue).toMatchObject({ current: 2200, previous: 1300 });
  });

  it('custom ranges compare with an equal-length period; yesterday with last Saturday', async () => {
    const custom = (await get('/run/overview?range=custom&startDate=2026-11-10&endDate=2026-11-12')).json().data;
    expect(custom.comparison).toMatchObject({ startDate: '2026-11-07', endDate: '2026-11-09', label: 'vs previous 3 days' });
    const yesterday = (await get('/run/overview?range=yesterday')).json().data;
    expect(yesterday.comparison).toMatchObject({ startDate: '2026-11-14', label: 'vs last Saturday' });
  });

  it('has 7-day trends, freshness, alert counts and integrations', async () => {
    const res = (await get('/run/overview?range=today')).json().data;
    expect(res.trends.revenue).toEqual([0, 0, 700, 0, 0, 0, 1500]);
    expect(res.lastEventAt).toBe('2026-11-22T18:00:00.000Z');
    expect(res.lastRollupAt).toBe(NOW.toISOString());
    expect(res.alertCounts).toEqual({ paymentFailedCount: 1, checkoutStartedCount: 0 });
    expect(res.integrations).toEqual({ tracking: 'not_connected', payments: 'not_connected', forms: 'not_connected' });
    expect(Array.isArray(res.alerts)).toBe(true);
    expect(res.currency).toBe('USD');
  });

  it('today’s comparison counts last week’s day only up to the same local time; that day on its own counts whole', async () => {
    const lead = (at: string, i: number) => ({ eventType: 'lead_created', occurredAt: at, idempotencyKey: `kpi-route-lead-${i}` });
    // Last Sunday at 10:00 and at 16:00 in New York; it is 15:00 there now.
    await t.app.inject({ method: 'POST', url: `/v1/inhouse/projects/${projectId}/business-events/batch`, headers: auth, payload: { events: [lead('2026-11-15T15:00:00Z', 1), lead('2026-11-15T21:00:00Z', 2)] } });
    // Rolled up a moment later, as the scheduler would: the comparison counted this minute before is
    // counted again (it is kept per minute and per rollup).
    await rollupProject(t.db, projectId, new Date(NOW.getTime() + 1000));
    const today = (await get('/run/overview?range=today')).json().data;
    expect(today.kpis.leads).toMatchObject({ current: 0, previous: 1 });
    expect(today.kpis.revenue).toMatchObject({ current: 1500, previous: 1000 });
    const lastSunday = (await get('/run/overview?range=custom&startDate=2026-11-15&endDate=2026-11-15')).json().data;
    expect(lastSunday.comparison).toMatchObject({ label: 'vs last Sunday', labelKey: 'comparison.sameWeekday' });
    expect(lastSunday.kpis.leads.current).toBe(2);
    // Periods ending today stop their comparison's last day at this time as well; others count it whole.
    const last7 = (await get('/run/overview?range=last7')).json().data;
    expect(last7.kpis.leads).toMatchObject({ current: 0, previous: 1 });
    expect(last7.kpis.revenue).toMatchObject({ current: 2200, previous: 1300 });
    const endedYesterday = (await get('/run/overview?range=custom&startDate=2026-11-15&endDate=2026-11-21')).json().data;
    expect(endedYesterday.comparison).toMatchObject({ startDate: '2026-11-08', endDate: '2026-11-14', label: 'vs previous 7 days', labelKey: 'comparison.previousDays' });
    expect(endedYesterday.kpis.leads).toMatchObject({ current: 2, previous: 0 });
  });

  it('an optional part that fails comes back null; the rest still answers', async () => {
    await sql`ALTER TABLE stripe_integrations RENAME TO stripe_integrations_away`.execute(t.db);
    try {
      const res = await get('/run/overview?range=today');
      expect(res.statusCode).toBe(200);
      expect(res.json().data.integrations).toBeNull();
      expect(res.json().data.kpis.revenue.current).toBe(1500);
    } finally {
      await sql`ALTER TABLE stripe_integrations_away RENAME TO stripe_integrations`.execute(t.db);
    }
  });
});

describe('admin trigger-rollup', () => {
  it('is for platform admins only, and recomputes a project in full', async () => {
    const denied = await t.app.inject({ method: 'POST', url: '/v1/admin/inhouse/kpi-health/trigger-rollup', headers: { cookie }, payload: { reason: 'test' } });
    expect(denied.statusCode).toBe(403);
    const admin = await createTestContext({ RUNHUB_ADMIN_EMAILS: 'ops@example.com' }, t);
    try {
      admin.clock.now = NOW;
      const { cookie: adminCookie } = await signUp(admin.app, 'ops@example.com');
      const res = await admin.app.inject({ method: 'POST', url: '/v1/admin/inhouse/kpi-health/trigger-rollup', headers: { cookie: adminCookie }, payload: { projectId, reason: 'support ticket 12' } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().data).toMatchObject({ projects: 1, errors: [] });
      expect(res.json().data.rows).toBeGreaterThanOrEqual(13);
      const missing = await admin.app.inject({ method: 'POST', url: '/v1/admin/inhouse/kpi-health/trigger-rollup', headers: { cookie: adminCookie }, payload: { projectId: '7d0e1c3a-1111-4222-8333-944455556666', reason: 'x' } });
      expect(missing.statusCode).toBe(404);
    } finally {
      await admin.close();
    }
  });
});

describe('overview alerts use whole days', () => {
  it('a partial today does not count as a drop: equal complete weeks → no lead_drop', async () => {
    const ctx = await createTestContext();
    try {
      ctx.clock.now = new Date('2026-11-22T05:30:00Z'); // 00:30 in New York: today has barely begun
      const { cookie: c } = await signUp(ctx.app);
      const pid = await createProject(ctx.app, c, { ...validProject, timezone: 'America/New_York', currency: 'USD' });
      const key = (await createApiKey(ctx.app, c, pid, 'secret')).key;
      // Leads per day, d days before today: 20 on d=7 and d=14, 1 on the other days, none yet today.
      // The complete weeks (d 1–7 and 8–14) are equal (26 each); counting today instead (d 0–6 vs
      // 7–13: 6 vs 26) would read as a 77 % drop.
      const events = [];
      for (let d = 1; d <= 14; d++) {
        const count = d === 7 || d === 14 ? 20 : 1;
        for (let i = 0; i < count; i++) events.push({ eventType: 'lead_created', occurredAt: new Date(Date.parse('2026-11-22T17:00:00Z') - d * 86_400_000).toISOString(), idempotencyKey: `whole-days-${d}-${i}` });
      }
      await ctx.app.inject({ method: 'POST', url: `/v1/inhouse/projects/${pid}/business-events/batch`, headers: { authorization: `Bearer ${key}` }, payload: { events } });
      await rollupProject(ctx.db, pid, ctx.clock.now);
      const alerts = (await ctx.app.inject({ url: `/v1/inhouse/projects/${pid}/run/overview?range=today`, headers: { cookie: c } })).json().data.alerts;
      expect(alerts.map((a: { type: string }) => a.type)).not.toContain('lead_drop');
    } finally {
      await ctx.close();
    }
  });
});
