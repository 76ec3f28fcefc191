import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { OverviewPayload } from '@runhub/contracts/kpis';
import { METRICS, type MetricId } from '@runhub/contracts/metric-definitions';
import { cardClasses } from '../../ui/Card.tsx';
import { Sparkline } from '../../ui/Sparkline.tsx';
import { periodText } from './comparison-text.ts';
import { formatMetricValue, formatMoney } from './kpi-format.ts';
import { KpiDelta } from './KpiDelta.tsx';
import { metricLabel } from './metric-display.ts';
import { addDays } from './run-search.ts';

/** Same height as the skeleton that stands in for it. */
export const kpiCardClasses = `${cardClasses} flex min-h-36 flex-col p-4 sm:p-5`;

interface KpiCardProps {
  metric: MetricId;
  overview: OverviewPayload;
  comparisonLabel: string;
}

export function KpiCard({ metric, overview, comparisonLabel }: KpiCardProps) {
  const intl = useIntl();
  const labelId = useId();
  const unit = METRICS[metric].unit;
  const comparison = overview.kpis[metric];
  const label = intl.formatMessage({ id: metricLabel(metric) });
  const value = formatMetricValue(intl, unit, comparison.current, overview.currency);

  // The trend is the 7 local days ending with the range's last day.
  const trend = overview.trends[metric];
  const trendEnd = overview.range.endDate;
  const trendLabel = intl.formatMessage(
    { id: 'run.kpi.trendLabel' },
    {
      metric: label,
      period: periodText(intl, addDays(trendEnd, -(trend.length - 1)), trendEnd),
      values: intl.formatList(
        trend.map((point) => formatMetricValue(intl, unit, point, overview.currency) ?? intl.formatMessage({ id: 'run.kpi.trendMissing' })),
        { type: 'unit', style: 'narrow' },
      ),
    },
  );
  const otherRevenue = metric === 'revenue' ? overview.otherCurrencies.filter((other) => other.revenueCents !== 0) : [];

  return (
    <li aria-labelledby={labelId} className={kpiCardClasses}>
      <h3 id={labelId} className="text-sm font-medium text-zinc-600">
        {label}
      </h3>
      <p className="mt-1 whitespace-nowrap text-xl font-semibold tracking-tight text-zinc-900 tabular-nums min-[420px]:text-2xl sm:text-3xl">
        {value ?? (
          <>
            <span aria-hidden="true">{intl.formatMessage({ id: 'run.kpi.none' })}</span>
            <span className="sr-only">{intl.formatMessage({ id: 'run.kpi.noValueLabel' })}</span>
          </>
        )}
      </p>
      {otherRevenue.map((other) => (
        <p key={other.currency} className="mt-1 text-xs text-zinc-500">
          <FormattedMessage
            id="run.kpi.otherCurrency"
            values={{ amount: <bdi>{formatMoney(intl, other.revenueCents, other.currency)}</bdi>, currency: other.currency }}
          />
        </p>
      ))}
      <div className="mt-auto flex items-end justify-between gap-2 pt-3">
        <KpiDelta comparison={comparison} comparisonLabel={comparisonLabel} />
        <Sparkline values={trend} label={trendLabel} className="text-accent-500" />
      </div>
    </li>
  );
}
