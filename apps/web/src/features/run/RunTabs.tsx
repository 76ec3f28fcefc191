import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { MessageId } from '../../app/messages.ts';
import { focusRing } from '../../ui/focus-ring.ts';
import { runSearch, type RangeSelection, type RunTab } from './run-search.ts';

const tabLabels: Record<RunTab, MessageId> = {
  overview: 'run.tabs.overview',
  transactions: 'run.tabs.transactions',
  leads: 'run.tabs.leads',
  settings: 'run.tabs.settings',
};

/** The Run Hub's sections as links (`?tab=`), so each has an address and back / forward move between them. */
export function RunTabs({ tab, selection }: { tab: RunTab; selection: RangeSelection }) {
  const intl = useIntl();
  return (
    <nav aria-label={intl.formatMessage({ id: 'run.tabs.label' })} className="mb-6 border-b border-zinc-200">
      <ul className="-mb-px flex gap-4 overflow-x-auto">
        {(Object.keys(tabLabels) as RunTab[]).map((name) => (
          <li key={name}>
            <Link
              to={runSearch(name, selection)}
              aria-current={name === tab ? 'page' : undefined}
              className={`inline-flex min-h-11 items-center whitespace-nowrap border-b-2 px-1 text-sm font-medium ${focusRing} ${
                name === tab ? 'border-accent-600 text-accent-700' : 'border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900'
              }`}
            >
              {intl.formatMessage({ id: tabLabels[name] })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
