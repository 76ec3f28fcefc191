import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessEventInput, EVENT_SOURCES, type BusinessEventInput, type EventSource } from '@runhub/contracts/events';
import type { OtherCurrencyTotals } from '@runhub/contracts/metrics';
import { pageView } from '../../test/fixtures.ts';
import { createProject, createTestContext, signUp, validProject, type TestContext } from '../../test/harness.ts';
import { ensureAnalyticsPartitions, insertPageViews } from '../events/analytics.queries.ts';
import { checkEventRules } from '../events/event-rules.ts';
import { insertEventsSkippingDuplicates } from '../events/events.queries.ts';
import { toEventRow } from '../events/ingest.ts';
import { rollupProject, rollupProjectsIncrementally } from './rollup.ts';

/**
 * "KPIs that are true": every stored business_kpi_daily row must equal a recomputation, in plain
 * TypeScript, from the events this test wrote — whatever the zone, DST, or order of arrival.
 * Reproduce a failure with FC_SEED=<seed> (and FC_PATH=<path>); FC_SHRINK=1 shrinks it (slow).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// ---- the model: local dates and daily KPIs, computed without the product's code --------------

const formatters = new Map<string, { date: Intl.DateTimeFormat; wall: Intl.DateTimeFormat; parts: Intl.DateTimeFormat }>();
function formatsOf(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = {
      date: new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
      wall: new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short', timeStyle: 'long', hourCycle: 'h23' }),
      parts: new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }),
    };
    formatters.set(timeZone, f);
  }
  return f;
}
const localDate = (ms: number, zone: string) => formatsOf(zone).date.format(ms);
const wallClock = (ms: number, zone: string) => formatsOf(zone).wall.format(ms);
const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The zone's UTC offset at an instant (whole seconds are enough for every zone in use). */
function offsetMs(ms: number, zone: string): number {
  const p = Object.fromEntries(formatsOf(zone).parts.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - (ms - (((ms % 1000) + 1000) % 1000));
}
/** About when a local date starts (only used to aim generated instants at day boundaries). */
function localMidnight(date: string, zone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`);
  return wall - offsetMs(wall - offsetMs(wall, zone), zone);
}

interface RawEvent { key: string; type: string; at: number; amountCents: number | null; currency: string | null; sessionId: string | null }
interface RawView { at: number; sessionId: string }
interface ProjectUnderTest { id: string; zone: string; currency: string; events: RawEvent[]; views: RawView[] }

const COUNT_FIELDS = ['orders', 'leads', 'signups', 'subscribers', 'bookings', 'trials', 'checkouts_started', 'payment_failures'] as const;
const FIELDS = ['revenue_cents', 'refunds_cents', ...COUNT_FIELDS, 'sessions', 'checkout_sessions'] as const;
type Field = (typeof FIELDS)[number];
type DayKpis = Record<Field, number> & { other_currencies: OtherCurrencyTotals[] };

// From the metrics dictionary (packages/contracts/src/metrics.ts).
const COUNTED_AS: Partial<Record<string, (typeof COUNT_FIELDS)[number]>> = {
  payment_succeeded: 'orders',
  lead_created: 'leads',
  booking_requested: 'leads',
  user_signed_up: 'signups',
  newsletter_subscribed: 'subscribers',
  booking_confirmed: 'bookings',
  trial_started: 'trials',
  checkout_started: 'checkouts_started',
  payment_failed: 'payment_failures',
};
const emptyDay = (): DayKpis => ({ ...(Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>), other_currencies: [] });

function recompute(p: Pick<ProjectUnderTest, 'zone' | 'currency' | 'events' | 'views'>): Map<string, DayKpis> {
  const days = new Map<string, { kpis: DayKpis; sessions: Set<string>; checkouts: Set<string>; other: Map<string, OtherCurrencyTotals> }>();
  const dayOf = (at: number) => {
    const date = localDate(at, p.zone);
    let d = days.get(date);
    if (!d) days.set(date, (d = { kpis: emptyDay(), sessions: new Set(), checkouts: new Set(), other: new Map() }));
    return d;
  };
  for (const e of p.events) {
    const d = dayOf(e.at);
    const field = COUNTED_AS[e.type];
    if (field) d.kpis[field] += 1;
    if (e.sessionId !== null) d.sessions.add(e.sessionId);
    if (e.type === 'checkout_started' && e.sessionId !== null) d.checkouts.add(e.sessionId);
    if ((e.type === 'payment_succeeded' || e.type === 'payment_refunded') && e.currency !== null) {
      const cents = e.amountCents ?? 0;
      const refund = e.type === 'payment_refunded';
      if (e.currency === p.currency) {
        d.kpis[refund ? 'refunds_cents' : 'revenue_cents'] += cents;
      } else {
        const o = d.other.get(e.currency) ?? { currency: e.currency, revenueCents: 0, refundsCents: 0, orders: 0 };
        if (refund) {
          o.refundsCents += cents;
        } else {
          o.revenueCents += cents;
          o.orders += 1;
        }
        d.other.set(e.currency, o);
      }
    }
  }
  for (const v of p.views) dayOf(v.at).sessions.add(v.sessionId);
  const result = new Map<string, DayKpis>();
  for (const [date, d] of days) {
    const other = [...d.other.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
    result.set(date, { ...d.kpis, sessions: d.sessions.size, checkout_sessions: d.checkouts.size, other_currencies: other });
  }
  return result;
}

// ---- the comparison -----------------------------------------------------------------------------

let t: TestContext;
let cookie: string;

const normalizeOther = (list: OtherCurrencyTotals[]) =>
  list.map((o) => ({ currency: o.currency, revenueCents: Number(o.revenueCents), refundsCents: Number(o.refundsCents), orders: Number(o.orders) }));

function eventsAround(p: ProjectUnderTest, date: string): string {
  const from = localMidnight(date, p.zone) - 3 * HOUR;
  const to = localMidnight(shiftDate(date, 1), p.zone) + 3 * HOUR;
  const near = [
    ...p.events.map((e) => ({ at: e.at, what: [e.type, e.amountCents, e.currency, `session=${e.sessionId}`].filter((x) => x !== null).join(' ') })),
    ...p.views.map((v) => ({ at: v.at, what: `page_view session=${v.sessionId}` })),
  ].filter((x) => x.at >= from && x.at < to);
  return near
    .sort((a, b) => a.at - b.at)
    .slice(0, 15)
    .map(({ at, what }) => `\n      ${new Date(at).toISOString()} = ${wallClock(at, p.zone)}: ${what}`)
    .join('');
}

/** Every stored day, every day with an event and the given extra days, against the model. */
async function findMismatches(p: ProjectUnderTest, extraDays: string[] = []): Promise<string[]> {
  const expected = recompute(p);
  const rows = await t.db.selectFrom('business_kpi_daily').selectAll().where('project_id', '=', p.id).execute();
  const stored = new Map(rows.map((r) => [r.local_date, r]));
  const dates = [...new Set([...expected.keys(), ...stored.keys(), ...extraDays])].sort();
  const mismatches: string[] = [];
  for (const date of dates) {
    const want = expected.get(date) ?? emptyDay();
    const row = stored.get(date);
    const where = `${p.zone} (${p.currency}) ${date}`;
    if (!row) {
      if (expected.has(date)) mismatches.push(`${where}: no row, expected ${JSON.stringify(want)}${eventsAround(p, date)}`);
      continue;
    }
    const diffs = FIELDS.filter((f) => Number(row[f]) !== want[f]).map((f) => `${f} stored ${row[f]}, expected ${want[f]}`);
    const other = normalizeOther(row.other_currencies);
    if (JSON.stringify(other) !== JSON.stringify(want.other_currencies)) {
      diffs.push(`other_currencies stored ${JSON.stringify(other)}, expected ${JSON.stringify(want.other_currencies)}`);
    }
    if (diffs.length) mismatches.push(`${where}: ${diffs.join('; ')}${eventsAround(p, date)}`);
  }
  return mismatches;
}

function report(mismatches: string[], context: string): string {
  return `${mismatches.length} mismatching day(s) ${context}:\n  ${mismatches.slice(0, 6).join('\n  ')}`;
}

// ---- the write path -----------------------------------------------------------------------------

async function newProject(zone: string, currency: string): Promise<ProjectUnderTest> {
  const id = await createProject(t.app, cookie, { ...validProject, timezone: zone, currency });
  return { id, zone, currency, events: [], views: [] };
}

/** Writes events as ingestion does (validated input → toEventRow → insert); the first key wins. */
async function writeEvents(p: ProjectUnderTest, inputs: { input: BusinessEventInput; source: EventSource }[]): Promise<void> {
  if (inputs.length === 0) return;
  const known = new Set(p.events.map((e) => e.key));
  const rows = inputs.map(({ input, source }) => toEventRow({ projectId: p.id, source, input: businessEventInput.parse(input) }));
  let fresh = 0;
  for (const r of rows) {
    if (known.has(r.idempotencyKey)) continue;
    known.add(r.idempotencyKey);
    fresh += 1;
    p.events.push({ key: r.idempotencyKey, type: r.eventType, at: r.occurredAt.getTime(), amountCents: r.amountCents ?? null, currency: r.currency ?? null, sessionId: r.sessionId ?? null });
  }
  const stored = await insertEventsSkippingDuplicates(t.db, rows);
  if (stored.length !== fresh) throw new Error(`${p.zone}: expected ${fresh} new events to be stored, got ${stored.length}`);
}

async function writeViews(p: ProjectUnderTest, views: RawView[]): Promise<void> {
  p.views.push(...views);
  await insertPageViews(
    t.db,
    views.map((v, i) => pageView(p.id, new Date(v.at), v.sessionId, `/p/${i}`)),
  );
}

beforeAll(async () => {
  t = await createTestContext();
  ({ cookie } = await signUp(t.app));
  // Page views of the whole year under test, older than the partitions the migration makes ahead.
  await ensureAnalyticsPartitions(t.db, new Date('2025-12-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
});
afterAll(() => t?.close());

// ---- the generators -----------------------------------------------------------------------------

const ZONES = [
  'UTC', 'America/New_York', 'America/Los_Angeles', 'America/St_Johns', 'America/Sao_Paulo', 'America/Santiago', 'America/Havana',
  'Atlantic/Azores', 'Europe/London', 'Europe/Berlin', 'Africa/Cairo', 'Asia/Beirut', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Tokyo',
  'Australia/Sydney', 'Australia/Lord_Howe', 'Pacific/Auckland', 'Pacific/Chatham',
] as const;
// Local dates near the 2026 transitions (US, EU, Cairo, Lord Howe/Sydney/Santiago, Auckland, …) and ordinary month/year ends.
const ANCHORS = ['2026-01-01', '2026-03-01', '2026-03-08', '2026-03-29', '2026-04-05', '2026-04-24', '2026-07-01', '2026-09-06', '2026-09-27', '2026-10-04', '2026-10-25', '2026-10-29', '2026-11-01'];
const PROJECT_CURRENCIES = ['USD', 'EUR', 'EGP'] as const;
const SESSIONS = ['s1', 's2', 's3', 's4', 's5', 's6'];
const MONEY = new Set(['payment_succeeded', 'payment_refunded', 'payment_failed']);
const ROUNDS = 4;

/** The UTC dates of a zone's 2026 offset changes, so generated events crowd around its own DST days. */
const transitions = new Map<string, string[]>();
function transitionsOf(zone: string): string[] {
  let dates = transitions.get(zone);
  if (!dates) {
    dates = [];
    for (let ms = Date.UTC(2026, 0, 1, 12); ms < Date.UTC(2026, 11, 31); ms += DAY) {
      if (offsetMs(ms, zone) !== offsetMs(ms + DAY, zone)) dates.push(new Date(ms + DAY).toISOString().slice(0, 10));
    }
    transitions.set(zone, dates);
  }
  return dates;
}

type InstantSpec = { near: string | number; dayShift: number; offsetMs: number } | { anywhere: number };
const offsetArb = fc.oneof(fc.constantFrom(-1, 0, 1, -HOUR, HOUR, 30 * 60_000), fc.integer({ min: -2 * HOUR, max: 2 * HOUR }));
const instantArb: fc.Arbitrary<InstantSpec> = fc.oneof(
  // Near local midnight on, before or after one of the project zone's own DST changes (an anchor date if it has none).
  { weight: 3, arbitrary: fc.record({ near: fc.nat(), dayShift: fc.integer({ min: -1, max: 1 }), offsetMs: offsetArb }) },
  { weight: 2, arbitrary: fc.record({ near: fc.constantFrom(...ANCHORS), dayShift: fc.integer({ min: -1, max: 1 }), offsetMs: offsetArb }) },
  { weight: 1, arbitrary: fc.record({ anywhere: fc.integer({ min: Date.UTC(2025, 11, 30), max: Date.UTC(2026, 10, 15) }) }) },
);
function resolveInstant(s: InstantSpec, zone: string): number {
  if ('anywhere' in s) return s.anywhere;
  const own = transitionsOf(zone);
  const anchor = typeof s.near === 'string' ? s.near : (own[s.near % Math.max(1, own.length)] ?? ANCHORS[s.near % ANCHORS.length]!);
  return localMidnight(shiftDate(anchor, s.dayShift), zone) + s.offsetMs;
}

const typeArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant('payment_succeeded') },
  { weight: 2, arbitrary: fc.constantFrom('payment_refunded', 'payment_failed', 'checkout_started') },
  { weight: 3, arbitrary: fc.constantFrom('lead_created', 'booking_requested', 'booking_confirmed', 'user_signed_up', 'newsletter_subscribed', 'trial_started', 'add_to_cart') },
  { weight: 1, arbitrary: fc.constantFrom('form_submitted', 'checkout_abandoned', 'payment_succeeded.v2', 'custom:thing-done', 'page_view') },
);
const eventArb = fc.record({
  round: fc.integer({ min: 0, max: ROUNDS - 1 }),
  type: typeArb,
  at: instantArb,
  amountCents: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined, freq: 4 }),
  currency: fc.option(fc.constantFrom('project', 'project', 'project', 'USD', 'EUR', 'EGP', 'GBP', 'JPY'), { nil: undefined, freq: 4 }),
  session: fc.option(fc.constantFrom(...SESSIONS), { nil: undefined, freq: 3 }),
  source: fc.constantFrom(...EVENT_SOURCES),
});
type EventSpec = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

const projectArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  currency: fc.constantFrom(...PROJECT_CURRENCIES),
  events: fc.array(eventArb, { minLength: 20, maxLength: 200 }),
  views: fc.array(fc.record({ round: fc.integer({ min: 0, max: ROUNDS - 1 }), at: instantArb, session: fc.constantFrom(...SESSIONS) }), { maxLength: 40 }),
  // Redeliveries of an earlier key (possibly with another amount or time): the first delivery wins.
  replays: fc.array(fc.record({ of: fc.nat(), round: fc.integer({ min: 1, max: ROUNDS - 1 }), amountCents: fc.nat({ max: 9_999 }), shiftMs: fc.integer({ min: -3 * DAY, max: 3 * DAY }) }), { maxLength: 8 }),
});

function inputOf(spec: EventSpec, key: string, p: ProjectUnderTest, at: number): { input: BusinessEventInput; source: EventSource } {
  const money = MONEY.has(spec.type);
  const currency = spec.currency === 'project' ? p.currency : (spec.currency ?? (money ? p.currency : undefined));
  return {
    source: spec.source,
    input: {
      eventType: spec.type,
      occurredAt: new Date(at).toISOString(),
      idempotencyKey: key,
      amountCents: spec.amountCents ?? (money ? 1_999 : undefined),
      currency,
      sessionId: spec.session,
    },
  };
}

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const fcParams = {
  numRuns: Number(process.env.FC_RUNS ?? 20),
  ...(seed !== undefined && { seed }),
  ...(process.env.FC_PATH && { path: process.env.FC_PATH }),
  // Each run writes to the database, so shrinking takes minutes; the mismatch report is readable without it.
  endOnFailure: process.env.FC_SHRINK !== '1',
};

// ---- the properties -----------------------------------------------------------------------------

describe('KPI reconciliation: every rollup day equals a recomputation from the raw events', () => {
  it('holds for random events in many zones around DST changes, arriving late, over several rollups', async () => {
    const coverage = { runs: 0, projects: 0, events: 0, late: 0, nearDstChange: 0, daysChecked: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(projectArb, { minLength: 2, maxLength: 4 }), async (specs) => {
        coverage.runs += 1;
        const projects = await Promise.all(specs.map((s) => newProject(s.zone, s.currency)));
        const lastRollup = projects.map(() => Number.NEGATIVE_INFINITY);
        let now = Date.UTC(2026, 0, 1);
        for (let round = 0; round < ROUNDS; round++) {
          for (const [i, spec] of specs.entries()) {
            const p = projects[i]!;
            const ats = spec.events.map((e) => resolveInstant(e.at, p.zone));
            const originals = spec.events.flatMap((e, n) => (e.round === round ? [inputOf(e, `recon-evt-${n}`, p, ats[n]!)] : []));
            const replayed = new Map<string, { input: BusinessEventInput; source: EventSource }>();
            for (const r of spec.replays.filter((x) => x.round === round)) {
              const n = r.of % spec.events.length;
              const item = inputOf(spec.events[n]!, `recon-evt-${n}`, p, ats[n]! + r.shiftMs);
              if (item.input.amountCents !== undefined) item.input.amountCents = r.amountCents;
              if (!replayed.has(item.input.idempotencyKey)) replayed.set(item.input.idempotencyKey, item);
            }
            const views = spec.views.filter((v) => v.round === round).map((v) => ({ at: resolveInstant(v.at, p.zone), sessionId: v.session }));
            for (const at of [...originals.map((o) => Date.parse(o.input.occurredAt)), ...views.map((v) => v.at)]) {
              now = Math.max(now, at + HOUR);
              coverage.events += 1;
              if (at < lastRollup[i]!) coverage.late += 1;
              if (offsetMs(at - 12 * HOUR, p.zone) !== offsetMs(at + 12 * HOUR, p.zone)) coverage.nearDstChange += 1;
            }
            await writeEvents(p, originals);
            await writeEvents(p, [...replayed.values()]);
            await writeViews(p, views);
            for (const e of p.events) now = Math.max(now, e.at + HOUR);
          }
          now += 60_000;
          // The first rollup of each project is a full one; later rounds go through the cycle's
          // set-based path, all projects in one statement.
          if (round > 0) {
            const together = await rollupProjectsIncrementally(t.db, projects.map((p) => p.id), new Date(now));
            if (together.needFull.length) throw new Error(`rollup ${round}: ${together.needFull.length} projects wanted a full recompute`);
          }
          for (const [i, p] of projects.entries()) {
            if (round === 0 && !(await rollupProject(t.db, p.id, new Date(now))).full) throw new Error(`${p.zone}: the first rollup was not a full recompute`);
            lastRollup[i] = now;
            const eventDays = [...new Set([...p.events, ...p.views].map((e) => localDate(e.at, p.zone)))];
            const extraDays = eventDays.flatMap((d) => [shiftDate(d, -1), shiftDate(d, 1)]);
            coverage.daysChecked += eventDays.length;
            const mismatches = await findMismatches(p, extraDays);
            if (mismatches.length) throw new Error(report(mismatches, `after rollup ${round + 1} of ${ROUNDS}`));
          }
        }
        coverage.projects += projects.length;
      }),
      fcParams,
    );
    console.log(`[reconciliation] ${JSON.stringify(coverage)}`);
    expect(coverage.late).toBeGreaterThan(0);
    expect(coverage.nearDstChange).toBeGreaterThan(0);
  }, 180_000);

  it('a time zone change recomputes every day in the new zone, and leaves no day of the old one wrong', async () => {
    const p = await newProject('Asia/Tokyo', 'USD');
    // Day boundaries of Tokyo (15:00Z) and of Los Angeles around its 2026 DST changes (08:00Z / 07:00Z).
    const instants = [
      '2026-03-07T14:59:59.999Z', '2026-03-07T15:00:00.000Z', '2026-03-08T07:59:59.999Z', '2026-03-08T08:00:00.000Z',
      '2026-03-08T10:30:00.000Z', '2026-03-09T06:59:59.999Z', '2026-03-09T07:00:00.000Z', '2026-03-09T15:00:00.000Z',
      '2026-10-31T14:59:59.999Z', '2026-10-31T15:00:00.000Z', '2026-11-01T06:59:59.999Z', '2026-11-01T07:00:00.000Z',
      '2026-11-01T09:30:00.000Z', '2026-11-02T07:59:59.999Z', '2026-11-02T08:00:00.000Z', '2026-11-02T15:00:00.000Z',
    ];
    const types = ['payment_succeeded', 'checkout_started', 'lead_created', 'payment_refunded', 'booking_confirmed', 'user_signed_up', 'payment_succeeded', 'payment_failed'];
    await writeEvents(
      p,
      instants.map((at, i) => {
        const type = types[i % types.length]!;
        const money = MONEY.has(type);
        return {
          source: 'server' as const,
          input: { eventType: type, occurredAt: at, idempotencyKey: `tz-change-${i}`, sessionId: `s${i % 3}`, ...(money && { amountCents: 1_000 + i, currency: i % 4 === 0 ? 'EUR' : 'USD' }) },
        };
      }),
    );
    await writeViews(p, instants.filter((_, i) => i % 3 === 0).map((at, i) => ({ at: Date.parse(at) + 1, sessionId: `v${i}` })));
    const now = Date.parse('2026-11-20T00:00:00Z');

    expect((await rollupProject(t.db, p.id, new Date(now))).full).toBe(true);
    const tokyo = await findMismatches(p);
    expect(tokyo, report(tokyo, 'in Tokyo')).toEqual([]);

    const patched = await t.app.inject({ method: 'PATCH', url: `/v1/projects/${p.id}`, headers: { cookie }, payload: { timezone: 'America/Los_Angeles' } });
    expect(patched.statusCode).toBe(200);
    p.zone = 'America/Los_Angeles';
    expect((await rollupProject(t.db, p.id, new Date(now + 60_000))).full).toBe(true);
    const oldDays = [...new Set(p.events.map((e) => localDate(e.at, 'Asia/Tokyo')))];
    const newDays = new Set(p.events.map((e) => localDate(e.at, p.zone)));
    expect(oldDays.filter((d) => !newDays.has(d)).length).toBeGreaterThan(0);
    const la = await findMismatches(p, oldDays);
    expect(la, report(la, 'in Los Angeles after the change')).toEqual([]);

    // A late event after the change goes through the dirty days, in the new zone.
    await writeEvents(p, [{ source: 'stripe', input: { eventType: 'payment_succeeded', occurredAt: '2026-11-01T07:30:00.000Z', idempotencyKey: 'tz-change-late', amountCents: 77, currency: 'USD' } }]);
    expect((await rollupProject(t.db, p.id, new Date(now + 120_000))).full).toBe(false);
    const late = await findMismatches(p, oldDays);
    expect(late, report(late, 'after a late event')).toEqual([]);

    // A currency change recomputes everything too: revenue is now the EUR payments.
    const euro = await t.app.inject({ method: 'PATCH', url: `/v1/projects/${p.id}`, headers: { cookie }, payload: { currency: 'EUR' } });
    expect(euro.statusCode).toBe(200);
    p.currency = 'EUR';
    expect((await rollupProject(t.db, p.id, new Date(now + 180_000))).full).toBe(true);
    const eur = await findMismatches(p, oldDays);
    expect(eur, report(eur, 'after the currency change')).toEqual([]);
  });

  // Where clocks go back from 01:00 to 00:00, local midnight happens twice and the day starts at the first one.
  it.each([
    ['America/Havana', '2026-11-01T04:30:00.000Z', '2026-11-01'], // 00:30 CDT, before the clocks go back to 00:00 CST
    ['Atlantic/Azores', '2026-10-25T00:30:00.000Z', '2026-10-25'], // 00:30 +00:00, before the clocks go back to 00:00 −01:00
  ])('%s: an event at %s counts on %s, the day that starts at the first of two midnights', async (zone, at, date) => {
    const p = await newProject(zone, 'USD');
    expect(localDate(Date.parse(at), zone)).toBe(date);
    await writeEvents(p, [
      { source: 'stripe', input: { eventType: 'payment_succeeded', occurredAt: at, idempotencyKey: 'repeated-midnight-1', amountCents: 500, currency: 'USD', sessionId: 'a' } },
      { source: 'server', input: { eventType: 'lead_created', occurredAt: new Date(Date.parse(at) - 12 * HOUR).toISOString(), idempotencyKey: 'repeated-midnight-2' } },
    ]);
    await rollupProject(t.db, p.id, new Date('2026-11-20T00:00:00Z'));
    const mismatches = await findMismatches(p, [shiftDate(date, -1), date]);
    expect(mismatches, report(mismatches, `in ${zone}`)).toEqual([]);
  });

  it('an event a little in the future (ingestion allows 5 minutes) still gets its day after a full rollup', async () => {
    const now = Date.parse('2026-11-02T23:59:00.000Z');
    const p = await newProject('UTC', 'USD');
    const future = { eventType: 'lead_created', occurredAt: new Date(now + 2 * 60_000).toISOString(), idempotencyKey: 'future-1' };
    expect(checkEventRules(future, new Date(now))).toBeUndefined();
    await writeEvents(p, [
      { source: 'server', input: { eventType: 'lead_created', occurredAt: '2026-11-01T12:00:00.000Z', idempotencyKey: 'future-0' } },
      { source: 'server', input: future },
    ]);
    await rollupProject(t.db, p.id, new Date(now)); // the first rollup of a project is a full one
    await rollupProject(t.db, p.id, new Date(now + 10 * 60_000)); // a later one, with nothing new
    const mismatches = await findMismatches(p);
    expect(mismatches, report(mismatches, 'after a full rollup')).toEqual([]);
  });
});
