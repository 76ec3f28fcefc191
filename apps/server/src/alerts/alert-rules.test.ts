import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAVIGATE_ACTION_IDS } from '@runhub/contracts/actions';
import { ALERT_SEVERITIES, alert as alertSchema, type AlertInput, type AlertType } from '@runhub/contracts/alerts';
import type { KpiValues } from '@runhub/contracts/metrics';
import { evaluateAlerts } from './alert-rules.ts';
import { kpiValuesWith } from './kpi-values.fixture.ts';

const NOW = new Date('2026-03-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

interface Scenario {
  name: string;
  current?: Partial<KpiValues>;
  previous?: Partial<KpiValues>;
  last24h?: Partial<AlertInput['last24h']>;
  /** Defaults to an hour ago (fresh). */
  lastEventAt?: Date | null;
  trackingStale?: boolean;
  expected: AlertType[];
}

function inputOf(s: Omit<Scenario, 'name' | 'expected'>): AlertInput {
  return {
    now: NOW,
    current: kpiValuesWith(s.current),
    previous: kpiValuesWith(s.previous),
    last24h: { checkoutsStarted: 0, orders: 0, paymentFailures: 0, ...s.last24h },
    lastEventAt: s.lastEventAt === undefined ? hoursAgo(1) : s.lastEventAt,
    trackingStale: s.trackingStale ?? false,
  };
}

// Conditions that fire each drop rule on their own.
const leadsFell = { previous: { leads: 10 }, current: { leads: 4 } };
const revenueFell = { previous: { revenue: 10_000, orders: 4 }, current: { revenue: 5_000, orders: 2 } };
const conversionFell = { previous: { checkoutSessions: 20, orders: 10 }, current: { checkoutSessions: 20, orders: 6 } };

const SCENARIOS: Scenario[] = [
  { name: 'a quiet, steady week', previous: { leads: 10, revenue: 10_000, orders: 4 }, current: { leads: 9, revenue: 9_000, orders: 4 }, expected: [] },
  { name: 'leads down 60 %', ...leadsFell, expected: ['lead_drop'] },
  { name: 'leads down exactly 50 % (boundary holds)', previous: { leads: 10 }, current: { leads: 5 }, expected: [] },
  { name: 'leads down 51 %', previous: { leads: 100 }, current: { leads: 49 }, expected: ['lead_drop'] },
  { name: 'lead guard: 4 previous leads to 0', previous: { leads: 4 }, current: { leads: 0 }, expected: [] },
  { name: 'lead guard at its minimum: 5 previous leads to 0', previous: { leads: 5 }, current: { leads: 0 }, expected: ['lead_drop'] },
  { name: 'leads up', previous: { leads: 5 }, current: { leads: 50 }, expected: [] },
  { name: 'revenue down 50 %', ...revenueFell, expected: ['revenue_drop'] },
  { name: 'revenue down exactly 40 % (boundary holds)', previous: { revenue: 10_000, orders: 4 }, current: { revenue: 6_000, orders: 3 }, expected: [] },
  { name: 'revenue guard: previous revenue under the floor', previous: { revenue: 4_999, orders: 5 }, current: { revenue: 0 }, expected: [] },
  { name: 'revenue guard: only 2 previous orders', previous: { revenue: 100_000, orders: 2 }, current: { revenue: 0 }, expected: [] },
  { name: 'conversion down 40 %', ...conversionFell, expected: ['conversion_drop'] },
  { name: 'conversion down exactly 30 % despite float noise (0.1 → 0.07)', previous: { checkoutSessions: 100, orders: 10 }, current: { checkoutSessions: 100, orders: 7 }, expected: [] },
  { name: 'conversion guard: 9 previous checkout sessions', previous: { checkoutSessions: 9, orders: 9 }, current: { checkoutSessions: 9, orders: 0 }, expected: [] },
  { name: 'conversion guard: current rate is null (no checkouts)', previous: { checkoutSessions: 20, orders: 10 }, current: { checkoutSessions: 0, orders: 0 }, expected: [] },
  { name: 'conversion guard: 4 current checkout sessions', previous: { checkoutSessions: 20, orders: 10 }, current: { checkoutSessions: 4, orders: 0 }, expected: [] },
  { name: 'checkout issues: 6 checkouts, 1 paid', last24h: { checkoutsStarted: 6, orders: 1 }, expected: ['checkout_issues'] },
  { name: 'checkout issues guard: exactly 5 checkouts, none paid', last24h: { checkoutsStarted: 5, orders: 0 }, expected: [] },
  { name: 'checkout issues boundary: exactly 30 % paid', last24h: { checkoutsStarted: 10, orders: 3 }, expected: [] },
  { name: 'checkout issues: 20 % paid', last24h: { checkoutsStarted: 10, orders: 2 }, expected: ['checkout_issues'] },
  { name: 'payment failures: 3 in 24 h', last24h: { paymentFailures: 3 }, expected: ['payment_failures'] },
  { name: 'payment failures: 2 in 24 h is not enough', last24h: { paymentFailures: 2 }, expected: [] },
  { name: 'no event for 25 h replaces the lead drop', ...leadsFell, lastEventAt: hoursAgo(25), expected: ['stale_tracking'] },
  { name: 'no event for exactly 24 h is still fresh', ...leadsFell, lastEventAt: hoursAgo(24), expected: ['lead_drop'] },
  { name: 'a stale tracker replaces revenue and conversion drops', previous: { ...revenueFell.previous, ...conversionFell.previous, orders: 10 }, current: { ...revenueFell.current, ...conversionFell.current, orders: 6 }, trackingStale: true, expected: ['stale_tracking'] },
  { name: 'a stale tracker alerts on its own', trackingStale: true, expected: ['stale_tracking'] },
  { name: 'no event ever: nothing is stale', lastEventAt: null, expected: [] },
  { name: 'payment failures still show while tracking is stale', last24h: { paymentFailures: 4 }, lastEventAt: hoursAgo(30), expected: ['payment_failures', 'stale_tracking'] },
  {
    name: 'everything at once, most severe first',
    previous: { leads: 10, revenue: 10_000, checkoutSessions: 20, orders: 10 },
    current: { leads: 2, revenue: 1_000, checkoutSessions: 20, orders: 2 },
    last24h: { checkoutsStarted: 10, orders: 1, paymentFailures: 5 },
    expected: ['payment_failures', 'checkout_issues', 'revenue_drop', 'lead_drop', 'conversion_drop'],
  },
];

describe('evaluateAlerts', () => {
  it.each(SCENARIOS)('$name', (s) => {
    expect(evaluateAlerts(inputOf(s)).map((a) => a.type)).toEqual(s.expected);
  });

  it('has at least 20 scenarios', () => expect(SCENARIOS.length).toBeGreaterThanOrEqual(20));

  it('says how much leads fell, and offers to follow them up', () => {
    expect(evaluateAlerts(inputOf({ previous: { leads: 8 }, current: { leads: 3 } }))).toEqual([
      { type: 'lead_drop', severity: 'high', messageKey: 'alerts.leadDrop', params: { percent: 63 }, action: { kind: 'action', actionId: 'follow_up_leads' } },
    ]);
  });

  it('links each alert to something that works today', () => {
    const [failures, checkout] = evaluateAlerts(inputOf({ last24h: { checkoutsStarted: 8, orders: 0, paymentFailures: 3 } }));
    expect(failures).toMatchObject({ params: { count: 3 }, action: { kind: 'navigate', target: 'transactions?filter=failed' } });
    expect(checkout).toMatchObject({ params: { checkouts: 8, orders: 0 }, action: { kind: 'action', actionId: 'check_payments' } });
    expect(evaluateAlerts(inputOf(revenueFell))[0]!.action).toMatchObject({ kind: 'navigate', target: 'transactions' });
    expect(evaluateAlerts(inputOf(conversionFell))[0]!.action).toMatchObject({ kind: 'navigate', target: 'transactions?filter=pending' });
  });

  it('says how long the data has been silent', () => {
    expect(evaluateAlerts(inputOf({ lastEventAt: hoursAgo(49.5) }))).toEqual([
      { type: 'stale_tracking', severity: 'high', messageKey: 'alerts.staleTracking', params: { hours: 49 }, action: { kind: 'action', actionId: 'check_tracking' } },
    ]);
    expect(evaluateAlerts(inputOf({ trackingStale: true }))[0]).toMatchObject({ messageKey: 'alerts.trackerSilent', params: {} });
  });

  it('whatever the numbers: valid alerts, keys not prose, built actions only, sorted, never a drop while stale', () => {
    const count = fc.nat({ max: 200 });
    const kpis = fc.record({ leads: count, revenue: fc.nat({ max: 50_000 }), orders: count, checkoutSessions: count });
    fc.assert(
      fc.property(kpis, kpis, fc.record({ checkoutsStarted: count, orders: count, paymentFailures: count }), fc.option(fc.nat({ max: 100 })), fc.boolean(), (current, previous, last24h, ageHours, trackingStale) => {
        const input = inputOf({ current, previous, last24h, lastEventAt: ageHours === null ? null : hoursAgo(ageHours), trackingStale });
        const alerts = evaluateAlerts(input);
        for (const a of alerts) {
          expect(alertSchema.parse(a)).toEqual(a);
          expect(a.messageKey).toMatch(/^alerts\.[A-Za-z]+$/);
          if (a.action.kind === 'action') expect(NAVIGATE_ACTION_IDS).toContain(a.action.actionId);
        }
        const ranks = alerts.map((a) => ALERT_SEVERITIES.indexOf(a.severity));
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        if (alerts.some((a) => a.type === 'stale_tracking')) {
          expect(alerts.filter((a) => a.type.endsWith('_drop'))).toEqual([]);
        }
      }),
    );
  });
});
