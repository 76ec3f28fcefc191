import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { BusinessEvent } from '@runhub/contracts/events';
import { focusRing } from '../../ui/focus-ring.ts';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { EventBadge } from './EventBadge.tsx';
import { formatAmount, formatRowTime } from './event-format.ts';
import { sourceLabel, trafficLabel } from './event-labels.ts';
import type { ListKind } from './list-kinds.ts';

/**
 * The rows share one grid per list: columns from md up (with a header row), stacked cards below.
 * The DOM order is the reading order at every width, so nothing is reordered for phones.
 */
const grids: Record<ListKind, string> = {
  transactions: 'grid-cols-[minmax(0,1fr)_auto] md:grid-cols-[10.5rem_7.5rem_minmax(0,1fr)_10rem_8.5rem]',
  leads: 'grid-cols-[minmax(0,1fr)_auto] md:grid-cols-[minmax(0,1fr)_10rem_minmax(0,1fr)_10rem]',
};
const rowBase = 'grid min-h-14 items-center gap-x-4 gap-y-1.5 px-4 py-3 md:py-2';

export interface RowContext {
  kind: ListKind;
  timeZone: string;
  /** The project's current year: other years are spelled out on the rows. */
  thisYear: string;
  /** The search string that opens an event in the drawer. */
  openSearch: (publicId: string) => string;
}

/** The column titles, shown only where the rows are columns (screen readers read each row's own words). */
export function RowHeader({ kind }: { kind: ListKind }) {
  const intl = useIntl();
  const columns =
    kind === 'transactions'
      ? (['lists.column.what', 'lists.column.amount', 'lists.column.customer', 'lists.column.time', 'lists.column.source'] as const)
      : (['lists.column.email', 'lists.column.type', 'lists.column.traffic', 'lists.column.time'] as const);
  return (
    <div aria-hidden="true" className={`hidden gap-x-4 border-b border-zinc-200 bg-zinc-50 px-4 py-2.5 text-xs font-medium text-zinc-500 md:grid ${grids[kind]}`}>
      {columns.map((id) => (
        <span key={id} className={`truncate ${id === 'lists.column.amount' ? 'text-end' : ''}`}>
          {intl.formatMessage({ id })}
        </span>
      ))}
    </div>
  );
}

/** One row: a link that opens the event's detail drawer (its address carries `&event=`). */
export function EventRow({ event, context, index }: { event: BusinessEvent; context: RowContext; index: number }) {
  return (
    <li className="rounded-xl border border-zinc-200 bg-white shadow-sm md:rounded-none md:border-0 md:shadow-none">
      <Link
        to={context.openSearch(event.publicId)}
        state={{ drawer: true }}
        aria-haspopup="dialog"
        data-event-id={event.publicId}
        data-row-index={index}
        className={`${rowBase} ${grids[context.kind]} w-full rounded-xl text-start text-sm transition-colors hover:bg-zinc-50 md:rounded-none ${focusRing} focus-visible:-outline-offset-2`}
      >
        {context.kind === 'transactions' ? <TransactionCells event={event} context={context} /> : <LeadCells event={event} context={context} />}
      </Link>
    </li>
  );
}

function TransactionCells({ event, context }: { event: BusinessEvent; context: RowContext }) {
  const intl = useIntl();
  const amount = formatAmount(intl, event);
  const source = sourceLabel(event.source);
  return (
    <>
      <span className="flex h-6 min-w-0 items-center">
        <EventBadge eventType={event.eventType} />
      </span>
      <span className="h-6 text-end leading-6 font-medium whitespace-nowrap text-zinc-900 tabular-nums">{amount ?? <NotGiven />}</span>
      <span className="col-span-2 h-5 truncate leading-5 text-zinc-700 md:col-span-1" title={event.customerEmail ?? undefined}>
        {event.customerEmail ? <bdi>{event.customerEmail}</bdi> : <NotGiven />}
      </span>
      <Meta>
        <RowTime event={event} context={context} />
        <Dot />
        <span className="truncate">{source ? intl.formatMessage({ id: source }) : <NotGiven />}</span>
      </Meta>
    </>
  );
}

function LeadCells({ event, context }: { event: BusinessEvent; context: RowContext }) {
  const intl = useIntl();
  const traffic = event.trafficSource ? trafficLabel(event.trafficSource) : null;
  const utm = [[event.utmSource, event.utmMedium].filter(Boolean).join(' / '), event.utmCampaign].filter(Boolean).join(' · ');
  const trafficText = [traffic ? intl.formatMessage({ id: traffic }) : null, utm || null].filter(Boolean).join(' · ');
  return (
    <>
      <span className="h-6 truncate leading-6 font-medium text-zinc-900" title={event.customerEmail ?? undefined}>
        {event.customerEmail ? <bdi>{event.customerEmail}</bdi> : <NotGiven />}
      </span>
      <span className="flex h-6 min-w-0 items-center justify-end md:justify-start">
        <EventBadge eventType={event.eventType} />
      </span>
      <span className="col-span-2 h-5 truncate leading-5 text-zinc-600 md:col-span-1" title={trafficText || undefined}>
        {trafficText ? <bdi>{trafficText}</bdi> : <NotGiven />}
      </span>
      <Meta>
        <RowTime event={event} context={context} />
      </Meta>
    </>
  );
}

/** The last line of a card on phones; its cells become columns of their own from md up. */
function Meta({ children }: { children: ReactNode }) {
  return <span className="col-span-2 flex h-4 min-w-0 items-center gap-1.5 text-xs leading-4 text-zinc-500 md:contents md:text-sm md:text-zinc-600">{children}</span>;
}

function RowTime({ event, context }: { event: BusinessEvent; context: RowContext }) {
  const intl = useIntl();
  return (
    <time dateTime={event.occurredAt} className="whitespace-nowrap md:truncate">
      {formatRowTime(intl, event.occurredAt, context.timeZone, context.thisYear)}
    </time>
  );
}

function Dot() {
  return (
    <span aria-hidden="true" className="md:hidden">
      ·
    </span>
  );
}

/** An empty field: a dash on screen, words for screen readers. */
export function NotGiven() {
  const intl = useIntl();
  return (
    <span className="text-zinc-400">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{intl.formatMessage({ id: 'lists.notGiven' })}</span>
    </span>
  );
}

/** Placeholder rows with the real rows' grid and line heights, so nothing moves when they arrive. */
export function SkeletonRows({ kind, count }: { kind: ListKind; count: number }) {
  return (
    <ul aria-hidden="true" className="flex flex-col gap-3 md:gap-0 md:divide-y md:divide-zinc-100">
      {Array.from({ length: count }, (_, index) => (
        <li key={index} className="rounded-xl border border-zinc-200 bg-white md:rounded-none md:border-0">
          <div className={`${rowBase} ${grids[kind]}`}>
            {kind === 'transactions' ? (
              <>
                <Skeleton className="h-6 w-28 rounded-full" />
                <Skeleton className="my-0.5 h-5 w-16 justify-self-end" />
                <Skeleton className="col-span-2 h-5 w-52 max-w-full md:col-span-1" />
                <span className="col-span-2 flex h-4 md:contents">
                  <Skeleton className="h-4 w-40 md:my-0.5 md:w-28" />
                  <Skeleton className="hidden md:block md:h-4 md:w-20" />
                </span>
              </>
            ) : (
              <>
                <Skeleton className="my-0.5 h-5 w-48 max-w-full" />
                <Skeleton className="h-6 w-28 justify-self-end rounded-full md:justify-self-start" />
                <Skeleton className="col-span-2 h-5 w-56 max-w-full md:col-span-1" />
                <Skeleton className="col-span-2 h-4 w-32 md:col-span-1 md:w-28" />
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
