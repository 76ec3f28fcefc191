import { useIntl } from 'react-intl';
import type { KpiComparison } from '@runhub/contracts/metrics';
import { deltaOf, formatChangePercent } from './kpi-format.ts';

const tones = {
  good: 'bg-emerald-50 text-emerald-700',
  bad: 'bg-red-50 text-red-700',
  neutral: 'bg-zinc-100 text-zinc-600',
} as const;

const badge = 'inline-flex items-center gap-0.5 rounded-full px-2 py-0.5 text-xs font-medium tabular-nums';

/**
 * The change against the comparison period. Colour follows the metric's good direction
 * (fewer refunds is green); the sentence read out says the same in words.
 */
export function KpiDelta({ comparison, comparisonLabel }: { comparison: KpiComparison; comparisonLabel: string }) {
  const intl = useIntl();
  const delta = deltaOf(comparison);

  if (delta.kind === 'new') {
    return (
      <span className={`${badge} ${tones.neutral}`}>
        <span aria-hidden="true">{intl.formatMessage({ id: 'run.kpi.new' })}</span>
        <span className="sr-only">{intl.formatMessage({ id: 'run.kpi.deltaNewLabel' }, { comparison: comparisonLabel })}</span>
      </span>
    );
  }
  if (delta.kind === 'none') {
    return (
      <span className="text-sm text-zinc-400">
        <span aria-hidden="true">{intl.formatMessage({ id: 'run.kpi.none' })}</span>
        <span className="sr-only">{intl.formatMessage({ id: 'run.kpi.deltaNoneLabel' }, { comparison: comparisonLabel })}</span>
      </span>
    );
  }

  const percent = formatChangePercent(intl, delta.percent);
  const arrow = delta.direction === 'up' ? '↑' : delta.direction === 'down' ? '↓' : '';
  return (
    <span className={`${badge} ${tones[delta.tone]}`}>
      <span aria-hidden="true">
        {arrow}
        {arrow && '\u2009'}
        {percent}
      </span>
      <span className="sr-only">
        {intl.formatMessage(
          { id: 'run.kpi.deltaLabel' },
          { direction: delta.direction, percent, comparison: comparisonLabel, tone: delta.tone },
        )}
      </span>
    </span>
  );
}
