import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../app/messages.ts';
import { focusRing } from '../../../ui/focus-ring.ts';
import type { ProjectsView } from './projects-view.ts';

const icons: Record<ProjectsView, ReactNode> = {
  grid: (
    <svg className="size-4" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
      <rect x="2" y="2" width="5" height="5" rx="1" />
      <rect x="9" y="2" width="5" height="5" rx="1" />
      <rect x="2" y="9" width="5" height="5" rx="1" />
      <rect x="9" y="9" width="5" height="5" rx="1" />
    </svg>
  ),
  list: (
    <svg className="size-4" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
      <rect x="2" y="2.5" width="12" height="2.5" rx="1" />
      <rect x="2" y="6.75" width="12" height="2.5" rx="1" />
      <rect x="2" y="11" width="12" height="2.5" rx="1" />
    </svg>
  ),
};

const labels: Record<ProjectsView, MessageId> = { grid: 'cards.view.grid', list: 'cards.view.list' };

/** A segmented control: two toggle buttons in a labelled group, the pressed one raised. */
export function ViewToggle({ view, onChange }: { view: ProjectsView; onChange: (view: ProjectsView) => void }) {
  const intl = useIntl();
  return (
    <div role="group" aria-label={intl.formatMessage({ id: 'cards.view.label' })} className="inline-flex shrink-0 gap-1 rounded-xl bg-zinc-100 p-1">
      {(['grid', 'list'] as const).map((option) => {
        const pressed = view === option;
        return (
          <button
            key={option}
            type="button"
            aria-pressed={pressed}
            onClick={() => onChange(option)}
            className={`inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-lg px-3 text-sm font-medium transition-colors ${focusRing} ${
              pressed ? 'bg-white text-zinc-900 shadow-sm ring-1 ring-zinc-200' : 'text-zinc-600 hover:bg-white/70 hover:text-zinc-900'
            }`}
          >
            {icons[option]}
            {intl.formatMessage({ id: labels[option] })}
          </button>
        );
      })}
    </div>
  );
}
