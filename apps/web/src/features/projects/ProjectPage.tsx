import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { buttonClasses } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { focusRing } from '../../ui/focus-ring.ts';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { ApiKeysSection } from './api-keys/ApiKeysSection.tsx';
import { industryLabels } from './industries.ts';
import { ProjectLoadError } from './ProjectLoadError.tsx';
import { useProject } from './projects.api.ts';

export function ProjectPage() {
  const { projectId = '' } = useParams();
  const intl = useIntl();
  const project = useProject(projectId);

  return (
    <>
      <Link
        to="/projects"
        className={`-ms-2 mb-4 inline-flex min-h-11 items-center gap-1 rounded-lg px-2 text-sm font-medium text-zinc-600 hover:text-zinc-900 ${focusRing}`}
      >
        <svg className="size-4 rtl:rotate-180" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
          <path d="M12.7 5.3a1 1 0 0 1 0 1.4L9.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4l-4-4a1 1 0 0 1 0-1.4l4-4a1 1 0 0 1 1.4 0Z" />
        </svg>
        <FormattedMessage id="project.back" />
      </Link>

      {project.isPending ? (
        <ProjectHeaderSkeleton />
      ) : project.isError ? (
        <ProjectLoadError error={project.error} onRetry={() => void project.refetch()} retrying={project.isFetching} />
      ) : (
        <>
          <title>{intl.formatMessage({ id: 'project.documentTitle' }, { name: project.data.name })}</title>
          <header className="mb-8">
            <div className="flex flex-wrap items-start justify-between gap-4">
              <h1 className="min-w-0 text-2xl font-semibold tracking-tight text-zinc-900 [overflow-wrap:anywhere]">{project.data.name}</h1>
              <Link to={`/projects/${encodeURIComponent(project.data.id)}/run`} className={buttonClasses('primary')}>
                <FormattedMessage id="project.openRunHub" />
              </Link>
            </div>
            <dl className="mt-3 flex flex-wrap gap-2 text-sm">
              <Fact label={<FormattedMessage id="project.fact.industry" />} value={<FormattedMessage id={industryLabels[project.data.industry]} />} />
              <Fact label={<FormattedMessage id="project.fact.timezone" />} value={project.data.timezone} />
              <Fact label={<FormattedMessage id="project.fact.currency" />} value={project.data.currency} />
            </dl>
          </header>

          <section aria-labelledby="overview-heading" className="mb-10">
            <h2 id="overview-heading" className="sr-only">
              <FormattedMessage id="project.overview.heading" />
            </h2>
            <EmptyState
              headingLevel={3}
              title={<FormattedMessage id="project.overview.emptyTitle" />}
              body={<FormattedMessage id="project.overview.emptyBody" />}
            />
          </section>

          <ApiKeysSection projectId={project.data.id} />
        </>
      )}
    </>
  );
}


function Fact({ label, value }: { label: ReactNode; value: ReactNode }) {
  return (
    <div className="flex items-center gap-1.5 rounded-full border border-zinc-200 bg-white px-3 py-1">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="font-medium text-zinc-800">{value}</dd>
    </div>
  );
}

/** Same footprint as the loaded header and overview, so the page does not jump. */
function ProjectHeaderSkeleton() {
  return (
    <div className="mb-10">
      <Skeleton className="h-8 w-64 max-w-full" />
      <div className="mt-3 flex gap-2">
        <Skeleton className="h-7 w-32 rounded-full" />
        <Skeleton className="h-7 w-44 rounded-full" />
        <Skeleton className="h-7 w-28 rounded-full" />
      </div>
      <Skeleton className="mt-8 h-56 rounded-xl" />
    </div>
  );
}
