import { FormattedMessage, useIntl } from 'react-intl';
import { useParams, useSearchParams } from 'react-router';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { LeadsTab } from '../lists/LeadsTab.tsx';
import { TransactionsTab } from '../lists/TransactionsTab.tsx';
import { ProjectLoadError } from '../projects/ProjectLoadError.tsx';
import { useProject } from '../projects/projects.api.ts';
import { SettingsTab } from '../settings/SettingsTab.tsx';
import { SetupWizardHost } from '../setup/SetupWizardHost.tsx';
import { OverviewTab } from './OverviewTab.tsx';
import { readRange, readTab } from './run-search.ts';
import { RunTabs } from './RunTabs.tsx';

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
      {tab === 'transactions' && <TransactionsTab project={project.data} />}
      {tab === 'leads' && <LeadsTab project={project.data} />}
      {tab === 'settings' && <SettingsTab project={project.data} />}
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
