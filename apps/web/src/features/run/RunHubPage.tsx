import { lazy, Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams, useSearchParams } from 'react-router';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { ProjectLoadError } from '../projects/ProjectLoadError.tsx';
import { useProject } from '../projects/projects.api.ts';
import { SetupWizardHost } from '../setup/SetupWizardHost.tsx';
import { OverviewTab } from './OverviewTab.tsx';
import { readRange, readTab } from './run-search.ts';
import { RunTabs } from './RunTabs.tsx';

// The Overview is what most visits open, so it is in the first bundle; the other tabs load on
// first use (a few KB each), which keeps the first paint of the KPI cards short.
const TransactionsTab = lazy(() => import('../lists/TransactionsTab.tsx').then((m) => ({ default: m.TransactionsTab })));
const LeadsTab = lazy(() => import('../lists/LeadsTab.tsx').then((m) => ({ default: m.LeadsTab })));
const SettingsTab = lazy(() => import('../settings/SettingsTab.tsx').then((m) => ({ default: m.SettingsTab })));

/** `/projects/:projectId/run`: the page a business opens every morning. Tab and range live in the URL. */
export function RunHubPage() {
  const { projectId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const intl = useIntl();
  const project = useProject(projectId);
  const tab = readTab(searchParams);
  const selection = readRange(searchParams);

  if (project.isPending) return <RunHubHeaderSkeleton />;
  if (project.isError) {
    return <ProjectLoadError error={project.error} onRetry={() => void project.refetch()} retrying={project.isFetching} />;
  }

  return (
    <>
      <title>{intl.formatMessage({ id: 'run.documentTitle' }, { name: project.data.name })}</title>
      <header className="mb-6">
        <div className="min-w-0">
          <p className="text-sm font-medium text-accent-700">
            <FormattedMessage id="run.eyebrow" />
          </p>
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900 [overflow-wrap:anywhere]">{project.data.name}</h1>
        </div>
      </header>
      <RunTabs tab={tab} selection={selection} />
      {tab === 'overview' && <OverviewTab project={project.data} selection={selection} />}
      <Suspense fallback={<TabSkeleton />}>
        {tab === 'transactions' && <TransactionsTab project={project.data} />}
        {tab === 'leads' && <LeadsTab project={project.data} />}
        {tab === 'settings' && <SettingsTab project={project.data} />}
      </Suspense>
      <SetupWizardHost project={project.data} />
    </>
  );
}


function RunHubHeaderSkeleton() {
  return (
    <div>
      <div className="mb-6">
        <Skeleton className="h-5 w-20" />
        <Skeleton className="h-8 w-64 max-w-full" />
      </div>
      <Skeleton className="mb-6 h-11 w-28" />
      <Skeleton className="h-13 w-full max-w-xl rounded-xl" />
    </div>
  );
}

/** While a tab's code loads (once): the shape of a toolbar and a list, so the page does not jump. */
function TabSkeleton() {
  return (
    <div aria-hidden="true">
      <Skeleton className="mb-4 h-11 w-72 max-w-full" />
      <Skeleton className="h-96 w-full rounded-xl" />
    </div>
  );
}
