import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { Project } from '@runhub/contracts/accounts';
import { cardClasses } from '../../ui/Card.tsx';
import { focusRing } from '../../ui/focus-ring.ts';
import { industryLabels } from './industries.ts';

/** The whole card is the link: one big target instead of a small "Open" button. */
export function ProjectCard({ project }: { project: Project }) {
  return (
    <Link
      to={`/projects/${project.id}`}
      className={`${cardClasses} flex min-h-36 flex-col p-5 transition hover:border-zinc-300 hover:shadow-md ${focusRing}`}
    >
      <div className="flex items-start justify-between gap-3">
        <h2 className="min-w-0 truncate text-base font-semibold text-zinc-900">{project.name}</h2>
        <span className="shrink-0 rounded-full bg-zinc-100 px-2.5 py-0.5 text-xs font-medium text-zinc-700">
          <FormattedMessage id={industryLabels[project.industry]} />
        </span>
      </div>
      <p className="mt-2 text-sm text-zinc-600">
        <FormattedMessage id="projects.card.zoneAndCurrency" values={{ timezone: project.timezone, currency: project.currency }} />
      </p>
      <p className="mt-auto pt-4 text-xs text-zinc-500">
        <FormattedMessage
          id="projects.card.created"
          values={{ date: <FormattedDate value={project.createdAt} dateStyle="medium" /> }}
        />
      </p>
    </Link>
  );
}
