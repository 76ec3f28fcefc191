import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useDescribeError } from '../../app/describe-error.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { NewProjectDialog } from './NewProjectDialog.tsx';
import { ProjectCard } from './ProjectCard.tsx';
import { useProjects } from './projects.api.ts';

const gridClasses = 'grid gap-4 sm:grid-cols-2 lg:grid-cols-3';

export function ProjectsPage() {
  const intl = useIntl();
  const projects = useProjects();
  const describeError = useDescribeError();
  const [creating, setCreating] = useState(false);
  const openForm = () => setCreating(true);

  return (
    <>
      <title>{intl.formatMessage({ id: 'projects.documentTitle' })}</title>
      <div className="mb-8 flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">
            <FormattedMessage id="projects.title" />
          </h1>
          <p className="mt-1 text-sm text-zinc-600">
            <FormattedMessage id="projects.subtitle" />
          </p>
        </div>
        <Button onClick={openForm}>
          <FormattedMessage id="projects.new.button" />
        </Button>
      </div>

      {projects.isPending ? (
        <div className={gridClasses}>
          {[0, 1, 2].map((key) => (
            <Skeleton key={key} className="h-36 rounded-xl" />
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
        <ul className={gridClasses}>
          {projects.data.map((project) => (
            <li key={project.id}>
              <ProjectCard project={project} />
            </li>
          ))}
        </ul>
      )}

      <NewProjectDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
