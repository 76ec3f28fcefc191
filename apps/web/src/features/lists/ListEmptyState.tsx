import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { buttonClasses } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { appPathFor } from '../run/app-targets.ts';
import { emptyValues } from './event-format.ts';
import type { ListKindConfig } from './list-kinds.ts';
import { listSearch, type ListState } from './list-search.ts';

/**
 * Nothing to show, said for this filter and these dates ("No failed payments in the last 7 days"),
 * with the one next step that can change it: other dates, all events, or connecting the source.
 */
export function ListEmptyState({ config, state, projectId }: { config: ListKindConfig; state: ListState; projectId: string }) {
  const intl = useIntl();
  const datesChosen = state.when.kind !== 'all';
  const filtered = state.filter.id !== config.filters[0].id;
  const connectPath = appPathFor(projectId, config.connectTarget);

  let action = null;
  if (datesChosen) {
    action = (
      <Link to={listSearch(config, { ...state, when: { kind: 'all' }, event: null })} className={buttonClasses('secondary')}>
        {intl.formatMessage({ id: 'lists.empty.showAllDates' })}
      </Link>
    );
  } else if (filtered) {
    action = (
      <Link to={listSearch(config, { filter: config.filters[0], when: { kind: 'all' }, event: null })} className={buttonClasses('secondary')}>
        {intl.formatMessage({ id: config.showAll })}
      </Link>
    );
  } else if (connectPath) {
    action = (
      <Link to={connectPath} className={buttonClasses('primary')}>
        {intl.formatMessage({ id: 'lists.empty.connect' })}
      </Link>
    );
  }

  return (
    <EmptyState
      title={intl.formatMessage({ id: state.filter.emptyTitle }, emptyValues(intl, state.when))}
      body={intl.formatMessage({ id: datesChosen ? 'lists.empty.datesBody' : state.filter.emptyBody })}
      action={action}
      headingLevel={3}
    />
  );
}
