import { useId } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { Project } from '@runhub/contracts/accounts';
import { cardClasses } from '../../ui/Card.tsx';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { BuildStatusIndicator } from './cards/BuildStatusIndicator.tsx';
import { HeadlineKpi } from './cards/HeadlineKpi.tsx';
import { ModifiedAt } from './cards/ModifiedAt.tsx';
import type { ProjectsView } from './cards/projects-view.ts';
import { industryLabels } from './industries.ts';

// The name is the link, stretched over the card (::after): one big target, while the site's own link
// (above it) stays separately clickable and screen readers hear a short link name, not the whole card.
const stretchedLink =
  'outline-none after:absolute after:inset-0 after:rounded-[inherit] focus-visible:after:outline-2 focus-visible:after:outline-accent-600';
// Rows sit in a clipped list, so their focus ring is drawn inside them.
const focusOffsets: Record<ProjectsView, string> = { grid: 'focus-visible:after:outline-offset-2', list: 'focus-visible:after:-outline-offset-2' };

const frames: Record<ProjectsView, string> = {
  grid: `${cardClasses} relative flex h-full flex-col px-5 pt-5 pb-1 transition hover:border-zinc-300 hover:shadow-md`,
  list: 'relative flex min-h-22 flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 transition-colors hover:bg-zinc-50 sm:flex-nowrap sm:px-5',
};
// The card's last line: the site's status (when there is one to tell) and when the project changed.
const gridFooter = 'mt-auto flex min-h-12 flex-wrap items-center justify-between gap-x-4 border-t border-zinc-100 pt-1';

interface ProjectCardProps {
  project: Project;
  view: ProjectsView;
  /** The page's clock, so every card's "Modified …" agrees and one timer serves them all. */
  now: number;
}

export function ProjectCard({ project, view, now }: ProjectCardProps) {
  const titleId = useId();
  const runHub = `/projects/${encodeURIComponent(project.id)}/run`;
  const title = (
    <h2 id={titleId} className="min-w-0 truncate text-base font-semibold text-zinc-900">
      <Link to={runHub} className={`${stretchedLink} ${focusOffsets[view]}`}>
        {project.name}
      </Link>
    </h2>
  );
  const industry = (
    <span className="shrink-0 rounded-full bg-zinc-100 px-2.5 py-0.5 text-xs font-medium text-zinc-700">
      <FormattedMessage id={industryLabels[project.industry]} />
    </span>
  );
  const modified = <ModifiedAt updatedAt={project.updatedAt} now={now} className="text-xs text-zinc-500" />;

  if (view === 'list') {
    return (
      <article aria-labelledby={titleId} className={frames.list}>
        <div className="flex w-full min-w-0 flex-col gap-1 sm:w-auto sm:flex-1">
          <div className="flex min-w-0 items-center gap-2">
            {title}
            {industry}
          </div>
          <p className="text-xs">{modified}</p>
        </div>
        <div className="w-40 shrink-0 sm:w-48">
          <HeadlineKpi project={project} view="list" />
        </div>
        <div className="min-w-0 flex-1 sm:w-56 sm:flex-none">
          <BuildStatusIndicator buildStatus={project.buildStatus} />
        </div>
        <Chevron />
      </article>
    );
  }

  return (
    <article aria-labelledby={titleId} className={frames.grid}>
      <div className="flex items-start justify-between gap-3">
        {title}
        {industry}
      </div>
      <div className="mt-4 mb-5">
        <HeadlineKpi project={project} view="grid" />
      </div>
      <div className={gridFooter}>
        <BuildStatusIndicator buildStatus={project.buildStatus} />
        {modified}
      </div>
    </article>
  );
}

function Chevron() {
  return (
    <svg className="hidden size-5 shrink-0 text-zinc-400 sm:block rtl:-scale-x-100" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
      <path fillRule="evenodd" d="M7.2 14.8a.75.75 0 0 1 0-1.06L10.94 10 7.2 6.26a.75.75 0 1 1 1.06-1.06l4.27 4.27a.75.75 0 0 1 0 1.06L8.26 14.8a.75.75 0 0 1-1.06 0Z" clipRule="evenodd" />
    </svg>
  );
}

/** A card's footprint while the list loads: same frame, same lines, so nothing jumps. */
export function ProjectCardSkeleton({ view }: { view: ProjectsView }) {
  if (view === 'list') {
    return (
      <div aria-hidden="true" className={frames.list}>
        <div className="flex w-full flex-col gap-1 sm:w-auto sm:flex-1">
          <Skeleton className="h-6 w-48 max-w-full" />
          <Skeleton className="h-4 w-32" />
        </div>
        <div className="w-40 shrink-0 sm:w-48">
          <Skeleton className="my-0.5 h-4 w-28" />
          <Skeleton className="mt-1 h-7 w-32" />
        </div>
        <div className="flex-1 sm:w-56 sm:flex-none" />
      </div>
    );
  }
  return (
    <div aria-hidden="true" className={`${cardClasses} flex h-full flex-col px-5 pt-5 pb-1`}>
      <div className="flex items-start justify-between gap-3">
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-5 w-20 rounded-full" />
      </div>
      <div className="mt-4 mb-5">
        <Skeleton className="my-0.5 h-4 w-28" />
        <Skeleton className="mt-1 h-9 w-36" />
      </div>
      <div className={gridFooter}>
        <Skeleton className="h-3 w-28" />
      </div>
    </div>
  );
}
