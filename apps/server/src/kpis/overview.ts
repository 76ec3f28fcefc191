import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type { OverviewPayload } from '@runhub/contracts/kpis';
import { evaluateAlerts } from '../alerts/alert-rules.ts';
import type { Db } from '../db/pool.ts';
import { executePrepared } from '../db/prepared.ts';
import {
  findOverviewEventFacts, overviewEventFactsOf, overviewEventFactsStatement, type OverviewEventFacts, type OverviewEventFactsQuestion, type OverviewEventFactsRow,
} from '../events/event-facts.queries.ts';
import { findSourceFacts, sourceFactsOf, sourceFactsStatement, type SourceFacts, type SourceFactsRow } from '../sources/integration-status.queries.ts';
import { integrationStatusOf, trackingFreshSince } from '../sources/integration-status.ts';
import { compareAll, seriesOf, totalsOf, zeroFilledDays, type DailyRow } from './kpi-math.ts';
import { kpiWindowOf, kpiWindowStatement, readKpiWindow, type KpiWindow, type KpiWindowRow } from './kpis.queries.ts';
import { addDays, localDateOf } from './local-dates.ts';
import { comparesSoFar, comparisonFor, type Period } from './periods.ts';
import { dayUntilNow } from './day-so-far.ts';

const DAY_MS = 86_400_000;

export interface OverviewProject {
  id: string;
  timezone: string;
  currency: string;
}

/** Runs an optional part; a failure is logged and answered as null so the rest still shows. */
async function optional<T>(name: string, log: FastifyBaseLogger, part: Promise<T>): Promise<T | null> {
  try {
    return await part;
  } catch (err) {
    log.error({ err, part: name }, 'overview part failed');
    return null;
  }
}

interface OverviewFacts {
  window: KpiWindow;
  events: OverviewEventFacts;
  /** Null when the sources part failed (logged). */
  sources: SourceFacts | null;
}

/**
 * The overview's three questions (KPI rows, event facts, source facts), each a one-row statement
 * owned by its area, asked as one statement: on this path a statement costs more in round trip and
 * system calls than in execution (docs/benchmarks.md), so one instead of three is the overview's
 * largest saving. If it fails, the parts are asked again on their own, at once, so that a failing
 * optional part (the sources) comes back null while the rest still answers.
 */
async function readOverviewFacts(db: Db, projectId: string, days: Period, events: OverviewEventFactsQuestion, log: FastifyBaseLogger): Promise<OverviewFacts> {
  try {
    const statement = sql<KpiWindowRow & OverviewEventFactsRow & SourceFactsRow>`
      SELECT * FROM (${kpiWindowStatement(db, projectId, days.startDate, days.endDate)}) k
      CROSS JOIN (${overviewEventFactsStatement(projectId, events)}) e
      CROSS JOIN (${sourceFactsStatement(projectId)}) s`;
    const row = (await executePrepared(db, statement)).rows[0];
    return { window: kpiWindowOf(row), events: overviewEventFactsOf(row), sources: sourceFactsOf(row) };
  } catch (err) {
    log.warn({ err }, 'overview statement failed; asking its parts one by one');
    const [window, facts, sources] = await Promise.all([
      readKpiWindow(db, projectId, days.startDate, days.endDate),
      findOverviewEventFacts(db, projectId, events),
      optional('integrations', log, findSourceFacts(db, projectId)),
    ]);
    return { window, events: facts, sources };
  }
}

const within = (rows: DailyRow[], p: Period) => rows.filter((r) => r.local_date >= p.startDate && r.local_date <= p.endDate);

/**
 * The Run Hub overview of one project for one period: KPIs against the comparison period,
 * 7-day trends, freshness, alerts, alert counts and integration status, from one statement.
 */
export async function buildOverview(db: Db, project: OverviewProject, rangeName: string, period: Period, now: Date, log: FastifyBaseLogger): Promise<OverviewPayload> {
  const today = localDateOf(now, project.timezone);
  const comparison = comparisonFor(period, today);
  const trendWindow = { startDate: addDays(period.endDate, -6), endDate: period.endDate };
  // Alerts compare whole days: the last 7 complete local days with the 7 before. Including today,
  // a partial day, would show a drop every morning that is only the clock.
  const alertCurrent = { startDate: addDays(today, -7), endDate: addDays(today, -1) };
  const alertPrevious = { startDate: addDays(today, -14), endDate: addDays(today, -8) };
  const earliest = [comparison.startDate, trendWindow.startDate, alertPrevious.startDate].sort()[0]!;
  const latest = [period.endDate, today].sort()[1]!;
  const since24h = new Date(now.getTime() - DAY_MS);

  const { window: { rows, lastRollupAt: rolledUp }, events: facts, sources } = await readOverviewFacts(db, project.id, { startDate: earliest, endDate: latest }, {
    countTypes: ['payment_failed', 'checkout_started', 'payment_succeeded'],
    countSince: since24h,
    trackerSince: trackingFreshSince(now),
    now,
  }, log);
  // A period that ends today is compared with one whose last day also stops at this time of day.
  const comparedRows = comparesSoFar(comparison)
    ? [...within(rows, { startDate: comparison.startDate, endDate: addDays(comparison.endDate, -1) }), await dayUntilNow(db, project, comparison.endDate, now, rolledUp)]
    : within(rows, comparison);
  const lastEvent = facts.lastEventAt;
  const counts = facts.counts;
  const integrations = sources ? integrationStatusOf(facts.tracker, sources, now) : null;

  const current = totalsOf(within(rows, period));
  const previous = totalsOf(comparedRows);
  const alerts = await optional('alerts', log, (async () => evaluateAlerts({
    now,
    current: totalsOf(within(rows, alertCurrent)),
    previous: totalsOf(within(rows, alertPrevious)),
    last24h: {
      checkoutsStarted: counts.get('checkout_started') ?? 0,
      orders: counts.get('payment_succeeded') ?? 0,
      paymentFailures: counts.get('payment_failed') ?? 0,
    },
    lastEventAt: lastEvent,
    trackingStale: integrations?.tracking === 'stale',
  }))());

  return {
    range: { name: rangeName, ...period },
    comparison,
    currency: project.currency,
    timezone: project.timezone,
    kpis: compareAll(current, previous),
    otherCurrencies: current.otherCurrencies,
    trends: seriesOf(zeroFilledDays(within(rows, trendWindow), trendWindow.startDate, trendWindow.endDate)),
    lastEventAt: lastEvent?.toISOString() ?? null,
    lastRollupAt: rolledUp?.toISOString() ?? null,
    alerts,
    alertCounts: { paymentFailedCount: counts.get('payment_failed') ?? 0, checkoutStartedCount: counts.get('checkout_started') ?? 0 },
    integrations,
  };
}
