import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Project } from '@runhub/contracts/accounts';
import type { Alert } from '@runhub/contracts/alerts';
import type { OverviewPayload } from '@runhub/contracts/kpis';
import { useDescribeError } from '../../app/describe-error.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { comparisonText, periodText } from './comparison-text.ts';
import { isNewProject } from './freshness.ts';
import { StaleEventsWarning, UpdatedAt } from './Freshness.tsx';
import { IntegrationStatusBar } from './IntegrationStatusBar.tsx';
import { KpiCard } from './KpiCard.tsx';
import { VERTICAL_KPI_CARDS } from '@runhub/contracts/metric-definitions';
import { NeedsAttention } from './NeedsAttention.tsx';
import { NextActions } from './NextActions.tsx';
import { OverviewEmptyState } from './OverviewEmptyState.tsx';
import { OverviewSkeleton } from './OverviewSkeleton.tsx';
import { RangePicker } from './RangePicker.tsx';
import { useOverview } from './run.api.ts';
import type { RangeSelection } from './run-search.ts';

export function OverviewTab({ project, selection }: { project: Project; selection: RangeSelection }) {
  const overview = useOverview(project.id, selection);
  const describeError = useDescribeError();
  const { data } = overview;
  const error = overview.isError ? (
    <ErrorMessage message={describeError(overview.error)} onRetry={() => void overview.refetch()} retrying={overview.isFetching} />
  ) : null;

  if (data && isNewProject(data)) {
    return (
      <div className="flex flex-col gap-6">
        {error}
        <OverviewEmptyState projectId={project.id} />
        <IntegrationStatusBar projectId={project.id} integrations={data.integrations} />
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
        <RangePicker selection={selection} shownPeriod={data?.range} />
        {data ? <UpdatedAt lastRollupAt={data.lastRollupAt} /> : overview.isPending && <Skeleton className="h-5 w-44" />}
      </div>
      {/* A failed refresh keeps the last figures on screen (with their own dates) under the error. */}
      {error}
      {data ? <OverviewFigures project={project} overview={data} refreshing={overview.isPlaceholderData} /> : overview.isPending && <OverviewSkeleton />}
    </div>
  );
}

interface OverviewFiguresProps {
  project: Project;
  overview: OverviewPayload;
  /** Another range is loading: these are the previous range's figures, labelled as such. */
  refreshing: boolean;
}

function OverviewFigures({ project, overview, refreshing }: OverviewFiguresProps) {
  const intl = useIntl();
  const kpisHeadingId = useId();
  const comparisonLabel = comparisonText(intl, overview.comparison);

  return (
    <>
      <div aria-live="polite">
        <p className="flex items-center gap-2 text-sm text-zinc-700">
          <span>
            <FormattedMessage
              id="run.range.period"
              values={{
                period: <span>{periodText(intl, overview.range.startDate, overview.range.endDate)}</span>,
                comparison: <span>{comparisonLabel}</span>,
              }}
            />
          </span>
          {refreshing && <Spinner size="sm" label={intl.formatMessage({ id: 'run.overview.refreshing' })} />}
        </p>
        <p className="text-xs text-zinc-500">{intl.formatMessage({ id: 'run.range.timezone' }, { timezone: overview.timezone })}</p>
      </div>
      <StaleEventsWarning lastEventAt={overview.lastEventAt} />
      <section aria-labelledby={kpisHeadingId} aria-busy={refreshing}>
        <h2 id={kpisHeadingId} className="sr-only">
          {intl.formatMessage({ id: 'run.kpis.heading' })}
        </h2>
        <ul aria-labelledby={kpisHeadingId} className={`grid grid-cols-2 gap-3 transition-opacity sm:gap-4 lg:grid-cols-4 ${refreshing ? 'opacity-60' : ''}`}>
          {VERTICAL_KPI_CARDS[project.industry].map((metric) => (
            <KpiCard key={metric} metric={metric} overview={overview} comparisonLabel={comparisonLabel} />
          ))}
        </ul>
      </section>
      <IntegrationStatusBar projectId={project.id} integrations={overview.integrations} />
      <div className="grid gap-8 lg:grid-cols-3 lg:gap-6">
        <div className="lg:col-span-2">
          <NeedsAttention projectId={project.id} alerts={overview.alerts as Alert[] | null} />
        </div>
        <NextActions projectId={project.id} industry={project.industry} />
      </div>
    </>
  );
}
