import { useIntl } from 'react-intl';
import type { Project } from '@runhub/contracts/accounts';
import { METRICS, VERTICAL_KPI_CARDS } from '@runhub/contracts/metric-definitions';
import { Skeleton } from '../../../ui/Skeleton.tsx';
import { comparisonText } from '../../run/comparison-text.ts';
import { isNewProject } from '../../run/freshness.ts';
import { formatMetricValue } from '../../run/kpi-format.ts';
import { KpiDelta } from '../../run/KpiDelta.tsx';
import { metricLabel } from '../../run/metric-display.ts';
import { useOverview } from '../../run/run.api.ts';
import type { RangeSelection } from '../../run/run-search.ts';
import type { ProjectsView } from './projects-view.ts';

// The Run Hub's default range, so its overview query is the one cached here and the hub opens from it.
const TODAY: RangeSelection = { name: 'today' };

// Line boxes of a fixed height, so the placeholder, the value and "No data yet" all take the same room.
const valueHeights: Record<ProjectsView, string> = { grid: 'h-9', list: 'h-7' };
const valueSizes: Record<ProjectsView, string> = { grid: 'text-2xl sm:text-3xl', list: 'text-lg' };

/**
 * Today's first KPI of the project's vertical pack, formatted as on the overview. While it loads,
 * a placeholder of the same size; if it cannot be loaded, nothing (the card still works as a link).
 */
export function HeadlineKpi({ project, view }: { project: Project; view: ProjectsView }) {
  const intl = useIntl();
  const overview = useOverview(project.id, TODAY);
  const metric = VERTICAL_KPI_CARDS[project.industry][0];
  const { data } = overview;
  if (!metric) return null;
  const heading = intl.formatMessage({ id: 'cards.kpi.label' }, { metric: intl.formatMessage({ id: metricLabel(metric) }) });

  if (!data) {
    if (overview.isError) return null;
    return (
      <div aria-hidden="true">
        <Skeleton className="my-0.5 h-4 w-28" />
        <Skeleton className={`mt-1 w-32 ${valueHeights[view]}`} />
      </div>
    );
  }

  const comparison = data.kpis[metric];
  const value = formatMetricValue(intl, METRICS[metric].unit, comparison.current, data.currency);
  return (
    <div className="min-w-0">
      <p className="text-sm text-zinc-600">{heading}</p>
      {isNewProject(data) ? (
        // A project that never sent an event has nothing to show yet, rather than a zero.
        <p className={`mt-1 flex items-center text-sm text-zinc-500 ${valueHeights[view]}`}>{intl.formatMessage({ id: 'cards.kpi.noData' })}</p>
      ) : (
        <p className={`mt-1 flex min-w-0 items-center gap-2 ${valueHeights[view]}`}>
          <span className={`whitespace-nowrap font-semibold tracking-tight text-zinc-900 tabular-nums ${valueSizes[view]}`}>
            {value ?? (
              <>
                <span aria-hidden="true">{intl.formatMessage({ id: 'run.kpi.none' })}</span>
                <span className="sr-only">{intl.formatMessage({ id: 'run.kpi.noValueLabel' })}</span>
              </>
            )}
          </span>
          <KpiDelta comparison={comparison} comparisonLabel={comparisonText(intl, data.comparison)} />
        </p>
      )}
    </div>
  );
}
