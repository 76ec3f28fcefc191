import { useId, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Project } from '@runhub/contracts/accounts';
import { useDescribeError } from '../../app/describe-error.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { useNow } from '../run/use-now.ts';
import { EventDrawer } from './EventDrawer.tsx';
import { periodText } from './event-format.ts';
import { EventRow, RowHeader, SkeletonRows, type RowContext } from './EventRows.tsx';
import { PAGE_SIZE, useEventPages } from './events.api.ts';
import { ListEmptyState } from './ListEmptyState.tsx';
import type { ListKindConfig } from './list-kinds.ts';
import { listSearch, readListState } from './list-search.ts';
import { ListToolbar } from './ListToolbar.tsx';
import { dayRangeOf, localDateIn } from './project-days.ts';

const SKELETON_ROWS = 8;

/** A list of business events (Transactions or Leads): filters, jump to date, Load more, and the detail drawer. */
export function EventList({ project, config }: { project: Project; config: ListKindConfig }) {
  const intl = useIntl();
  const headingId = useId();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const describeError = useDescribeError();

  const state = readListState(params, config);
  // The project's today moves at its own midnight, not the browser's.
  const today = localDateIn(project.timezone, useNow(60_000));
  const range = dayRangeOf(state.when, today);
  const list = useEventPages(project.id, state.filter.eventTypes, range);
  const events = useMemo(() => list.data?.pages.flatMap((page) => page.events) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? events.length;

  const context: RowContext = {
    kind: config.kind,
    timeZone: project.timezone,
    thisYear: today.slice(0, 4),
    openSearch: (publicId) => listSearch(config, { ...state, event: publicId }),
  };

  function closeDrawer() {
    // Opened from a row (a new history entry): going back closes it, so the browser's Back does the same.
    if ((location.state as { drawer?: boolean } | null)?.drawer) void navigate(-1);
    else void navigate({ search: listSearch(config, { ...state, event: null }) }, { replace: true });
  }

  async function loadMore() {
    const firstNew = events.length;
    const result = await list.fetchNextPage();
    // The button goes away with the last page: focus moves to the first row it brought rather than to nowhere.
    if (!result.hasNextPage && !result.isError) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-row-index="${firstNew}"]`)?.focus());
    }
  }

  const heading = intl.formatMessage({ id: config.heading });
  const loaded = list.data !== undefined;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-5">
      <h2 id={headingId} className="sr-only">
        {heading}
      </h2>
      <ListToolbar config={config} state={state} today={today} />
      <div>
        <p className="text-sm text-zinc-700">{periodText(intl, state.when, range)}</p>
        <p className="text-xs text-zinc-500">{intl.formatMessage({ id: 'lists.timezone' }, { timezone: project.timezone })}</p>
      </div>

      {list.isError && !list.isFetchNextPageError && (
        <ErrorMessage message={describeError(list.error)} onRetry={() => void list.refetch()} retrying={list.isFetching && !list.isFetchingNextPage} />
      )}

      {list.isPending && (
        <div className="flex flex-col gap-5">
          <div className="md:overflow-hidden md:rounded-xl md:border md:border-zinc-200 md:bg-white md:shadow-sm">
            <RowHeader kind={config.kind} />
            <SkeletonRows kind={config.kind} count={SKELETON_ROWS} />
          </div>
          <Skeleton className="h-5 w-44" />
        </div>
      )}

      {loaded && events.length === 0 && <ListEmptyState config={config} state={state} projectId={project.id} />}

      {loaded && events.length > 0 && (
        <div className="flex flex-col gap-5">
          <div className="md:overflow-hidden md:rounded-xl md:border md:border-zinc-200 md:bg-white md:shadow-sm">
            <RowHeader kind={config.kind} />
            <ul aria-label={heading} aria-busy={list.isFetchingNextPage} className="flex flex-col gap-3 md:gap-0 md:divide-y md:divide-zinc-100">
              {events.map((event, index) => (
                <EventRow key={event.publicId} event={event} context={context} index={index} />
              ))}
            </ul>
          </div>
          <div className="flex flex-col items-stretch gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p aria-live="polite" className="text-center text-sm text-zinc-600 sm:text-start">
              {intl.formatMessage({ id: 'lists.showing' }, { start: 1, end: events.length, total: Math.max(total, events.length) })}
            </p>
            {list.hasNextPage && (
              <Button variant="secondary" onClick={() => void loadMore()} pending={list.isFetchingNextPage} className="sm:min-w-36">
                {intl.formatMessage({ id: 'lists.loadMore' }, { count: PAGE_SIZE })}
              </Button>
            )}
          </div>
          {list.isFetchNextPageError && (
            <ErrorMessage message={describeError(list.error)} onRetry={() => void list.fetchNextPage()} retrying={list.isFetchingNextPage} />
          )}
        </div>
      )}

      <EventDrawer projectId={project.id} timeZone={project.timezone} eventId={state.event} loaded={events} onClose={closeDrawer} />
    </section>
  );
}
