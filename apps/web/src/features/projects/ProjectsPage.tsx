import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useDescribeError } from '../../app/describe-error.ts';
import { Button } from '../../ui/Button.tsx';
import { cardClasses } from '../../ui/Card.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useNow } from '../run/use-now.ts';
import { useProjectsView, type ProjectsView } from './cards/projects-view.ts';
import { useRefreshWhileBuilding } from './cards/refresh-while-building.ts';
import { useSeedProjectPages } from './cards/seed-project-cache.ts';
import { ViewToggle } from './cards/ViewToggle.tsx';
import { NewProjectDialog } from './NewProjectDialog.tsx';
import { ProjectCard, ProjectCardSkeleton } from './ProjectCard.tsx';
import { useProjects } from './projects.api.ts';

const collections: Record<ProjectsView, string> = {
  grid: 'grid gap-4 sm:grid-cols-2 lg:grid-cols-3',
  list: `${cardClasses} divide-y divide-zinc-100 overflow-hidden`,
};

export function ProjectsPage() {
  const intl = useIntl();
  const headingId = useId();
  const projects = useProjects();
  const describeError = useDescribeError();
  const [view, setView] = useProjectsView();
  const [creating, setCreating] = useState(false);
  const now = useNow();
  const openForm = () => setCreating(true);
  useSeedProjectPages(projects.data, projects.dataUpdatedAt);
  useRefreshWhileBuilding(projects.data);
  const hasProjects = projects.isPending || (projects.data?.length ?? 0) > 0;

  return (
    <>
      <title>{intl.formatMessage({ id: 'projects.documentTitle' })}</title>
      <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 id={headingId} className="text-2xl font-semibold tracking-tight text-zinc-900">
            <FormattedMessage id="projects.title" />
          </h1>
          <p className="mt-1 text-sm text-zinc-600">
            <FormattedMessage id="projects.subtitle" />
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {hasProjects && <ViewToggle view={view} onChange={setView} />}
          <Button onClick={openForm}>
            <FormattedMessage id="projects.new.button" />
          </Button>
        </div>
      </div>

      {projects.isPending ? (
        <div className={collections[view]} role="status" aria-label={intl.formatMessage({ id: 'common.loading' })}>
          {[0, 1, 2].map((key) => (
            <ProjectCardSkeleton key={key} view={view} />
          ))}
        </div>
      ) : projects.isError ? (
        <ErrorMessage message={describeError(projects.error)} onRetry={() => void projects.refetch()} retrying={projects.isFetching} />
      ) : projects.data.length === 0 ? (
        <EmptyState
          title={<FormattedMessage id="projects.empty.title" />}
          body={<FormattedMessage id="projects.empty.body" />}
          action={
            <Button onClick={openForm}>
              <FormattedMessage id="projects.empty.action" />
            </Button>
          }
        />
      ) : (
        <ul aria-labelledby={headingId} className={collections[view]}>
          {projects.data.map((project) => (
            <li key={project.id}>
              <ProjectCard project={project} view={view} now={now} />
            </li>
          ))}
        </ul>
      )}

      <NewProjectDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
