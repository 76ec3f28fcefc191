import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { seedDemoAccount } from '../accounts/demo.ts';
import type { Db } from '../db/pool.ts';
import { seedDemoData } from './demo-seed.ts';

// 10:05 in New York (EDT, two days after the spring DST change) and 16:05 in Cairo; then 15:30 / 21:30.
const MORNING = new Date('2026-03-10T14:05:00Z');
const AFTERNOON = new Date('2026-03-10T19:30:00Z');
const CURRENT_HOUR_START = new Date('2026-03-10T14:00:00Z'); // 10:00 New York, 16:00 Cairo
const DAYS = 10;

let a: TestContext;
let b: TestContext;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestContext(), createTestContext()]);
  await seedDemoAccount(a.db);
  await seedDemoAccount(b.db);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

async function counts(db: Db, before?: Date) {
  const cut = before ?? new Date('9999-01-01T00:00:00Z');
  const { rows } = await sql<{ events: number; views: number }>`
    SELECT (SELECT count(*)::int FROM business_events WHERE occurred_at < ${cut}) AS events,
           (SELECT count(*)::int FROM analytics_events WHERE occurred_at < ${cut}) AS views`.execute(db);
  return rows[0]!;
}

/** Everything seeded, named by project name so that two databases can be compared. */
async function contents(db: Db) {
  const events = await sql<{ row: string }>`
    SELECT p.name || ' ' || e.idempotency_key || ' ' || e.event_type || ' ' || e.occurred_at AS row
    FROM business_events e JOIN projects p ON p.id = e.project_id ORDER BY 1`.execute(db);
  const views = await sql<{ row: string }>`
    SELECT p.name || ' ' || v.session_id || ' ' || v.occurred_at || ' ' || v.path AS row
    FROM analytics_events v JOIN projects p ON p.id = v.project_id ORDER BY 1`.execute(db);
  return { events: events.rows.map((r) => r.row), views: views.rows.map((r) => r.row) };
}

describe('seedDemoData', () => {
  it('fills both demo projects with days of events and page views, whole hours up to now', async () => {
    const result = await seedDemoData(a.db, { now: MORNING, days: DAYS });
    expect(result.days).toBe(2 * DAYS);
    expect(result.events).toBeGreaterThan(300);
    expect(result.pageViews).toBeGreaterThan(2000);
    expect(await counts(a.db)).toEqual({ events: result.events, views: result.pageViews });

    const { rows } = await sql<{ name: string; first: Date; last: Date; sources: string[]; currencies: string[] }>`
      SELECT p.name, min(e.occurred_at) AS first, max(e.occurred_at) AS last, array_agg(DISTINCT e.source) AS sources,
             array_remove(array_agg(DISTINCT e.currency), NULL) AS currencies
      FROM business_events e JOIN projects p ON p.id = e.project_id GROUP BY p.name ORDER BY p.name`.execute(a.db);
    expect(rows.map((r) => [r.name, r.sources, r.currencies])).toEqual([
      ['Northwind Goods', ['server'], ['USD']],
      ['Salon Nour', ['server'], ['EGP']],
    ]);
    // The current hour (10:00 in New York, 16:00 in Cairo) waits until it is over.
    for (const r of rows) expect(r.last.getTime()).toBeLessThan(CURRENT_HOUR_START.getTime());
    expect(rows[0]!.first.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-01T05:00:00Z')); // 1 March, midnight in New York
    const lastView = await sql<{ last: Date }>`SELECT max(occurred_at) AS last FROM analytics_events`.execute(a.db);
    expect(lastView.rows[0]!.last.getTime()).toBeLessThan(CURRENT_HOUR_START.getTime());
  });

  it('adds nothing when run again', async () => {
    const before = await counts(a.db);
    expect(await seedDemoData(a.db, { now: MORNING, days: DAYS })).toEqual({ days: 0, events: 0, pageViews: 0 });
    expect(await counts(a.db)).toEqual(before);
  });

  it('later the same day adds only the hours since', async () => {
    const earlier = await counts(a.db, CURRENT_HOUR_START);
    const result = await seedDemoData(a.db, { now: AFTERNOON, days: DAYS });
    expect(result.days).toBe(2);
    expect(result.events).toBeGreaterThan(0);
    expect(result.pageViews).toBeGreaterThan(0);
    expect(await counts(a.db, CURRENT_HOUR_START)).toEqual(earlier);
    expect(await counts(a.db)).toEqual({ events: earlier.events + result.events, views: earlier.views + result.pageViews });
  });

  it('ends with the same rows as one run, even with two seeders running at once', async () => {
    const [first, second] = await Promise.all([seedDemoData(b.db, { now: AFTERNOON, days: DAYS }), seedDemoData(b.db, { now: AFTERNOON, days: DAYS })]);
    expect(first.events + second.events).toBe((await counts(b.db)).events);
    expect(await contents(b.db)).toEqual(await contents(a.db));
  });

  it('never refunds more than the payment it refunds', async () => {
    const { rows } = await sql<{ refunded: number; paid: number | null; same_currency: boolean }>`
      SELECT r.amount_cents AS refunded, p.amount_cents AS paid, r.currency = p.currency AS same_currency
      FROM business_events r
      LEFT JOIN business_events p ON p.project_id = r.project_id AND p.event_type = 'payment_succeeded' AND p.entity_id = r.payload->>'paymentIntent'
      WHERE r.event_type = 'payment_refunded'`.execute(a.db);
    // Early refunds can be for payments made before the seeded days.
    const matched = rows.filter((r) => r.paid !== null);
    expect(matched.length).toBeGreaterThan(0);
    for (const r of matched) {
      expect(r.refunded).toBeLessThanOrEqual(r.paid!);
      expect(r.same_currency).toBe(true);
    }
  });
});
