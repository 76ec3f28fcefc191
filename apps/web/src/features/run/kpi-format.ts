import type { IntlShape } from 'react-intl';
import type { MetricDefinition } from '@runhub/contracts/metric-definitions';
import type { KpiComparison } from '@runhub/contracts/metrics';

/**
 * How KPI values and their changes read. Money arrives as integer minor units (cents) of a
 * currency; the divisor is that currency's own (100 for USD and EGP, 1 for JPY), so a number
 * on screen is always the API's number.
 */
export function minorUnitDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMoney(intl: IntlShape, minorUnits: number, currency: string): string {
  return intl.formatNumber(minorUnits / 10 ** minorUnitDigits(currency), { style: 'currency', currency });
}

/** The value of a metric, or null when there is none (a conversion rate without checkouts). */
export function formatMetricValue(intl: IntlShape, unit: MetricDefinition['unit'], value: number | null, currency: string): string | null {
  if (value === null) return null;
  switch (unit) {
    case 'money':
      return formatMoney(intl, value, currency);
    case 'count':
      return intl.formatNumber(value, { maximumFractionDigits: 0 });
    case 'ratio':
      return intl.formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
  }
}

export type Delta =
  | { kind: 'change'; direction: 'up' | 'down' | 'flat'; tone: 'good' | 'bad' | 'neutral'; percent: number }
  /** Something now where there was nothing: a percentage of zero means nothing. */
  | { kind: 'new' }
  | { kind: 'none' };

export function deltaOf({ current, previous, changePercent, goodDirection }: KpiComparison): Delta {
  if (changePercent !== null) {
    const direction = changePercent > 0 ? 'up' : changePercent < 0 ? 'down' : 'flat';
    const tone = direction === 'flat' ? 'neutral' : direction === goodDirection ? 'good' : 'bad';
    return { kind: 'change', direction, tone, percent: Math.abs(changePercent) };
  }
  if (!previous && current !== null && current > 0) return { kind: 'new' };
  return { kind: 'none' };
}

/** changePercent is already in percent (12.5 means 12.5 %). */
export function formatChangePercent(intl: IntlShape, percent: number): string {
  return intl.formatNumber(percent / 100, { style: 'percent', maximumFractionDigits: 1 });
}
