import { useIntl } from 'react-intl';
import type { BusinessEvent } from '@runhub/contracts/events';
import { ApiError } from '../../app/api.ts';
import { useDescribeError } from '../../app/describe-error.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { EventDetails } from './EventDetails.tsx';
import { typeLabel } from './event-labels.ts';
import { useBusinessEvent } from './events.api.ts';
import { SideDrawer } from './SideDrawer.tsx';

interface EventDrawerProps {
  projectId: string;
  timeZone: string;
  /** The event named in the URL (`&event=`), or null when the drawer is closed. */
  eventId: string | null;
  /** The rows on screen: an event among them opens at once, any other is fetched by its id. */
  loaded: readonly BusinessEvent[];
  onClose: () => void;
}

export function EventDrawer({ projectId, timeZone, eventId, loaded, onClose }: EventDrawerProps) {
  const intl = useIntl();
  const describeError = useDescribeError();
  const fromList = eventId === null ? undefined : loaded.find((event) => event.publicId === eventId);
  const fetched = useBusinessEvent(projectId, eventId, fromList === undefined);
  const event = fromList ?? fetched.data;

  let body;
  if (event) body = <EventDetails event={event} timeZone={timeZone} />;
  else if (fetched.isError && fetched.error instanceof ApiError && fetched.error.status === 404) {
    body = <p className="text-sm text-zinc-700">{intl.formatMessage({ id: 'lists.drawer.notFound' })}</p>;
  } else if (fetched.isError) {
    body = <ErrorMessage message={describeError(fetched.error)} onRetry={() => void fetched.refetch()} retrying={fetched.isFetching} />;
  } else body = <DetailsSkeleton label={intl.formatMessage({ id: 'lists.drawer.loading' })} />;

  return (
    <SideDrawer
      open={eventId !== null}
      onClose={onClose}
      title={intl.formatMessage({ id: event ? typeLabel(event.eventType) : 'lists.drawer.title' })}
      // Opened from a link (no row had focus): back to that event's row when it is on the page.
      fallbackFocus={() => (eventId ? document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`) : null)}
    >
      {body}
    </SideDrawer>
  );
}

function DetailsSkeleton({ label }: { label: string }) {
  return (
    <div role="status" className="flex flex-col gap-6">
      <span className="sr-only">{label}</span>
      <div className="flex flex-col gap-2">
        <Skeleton className="h-6 w-28 rounded-full" />
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-5 w-64 max-w-full" />
      </div>
      {[6, 2, 2].map((rows, section) => (
        <div key={section} className="flex flex-col gap-3">
          <Skeleton className="h-5 w-24" />
          {Array.from({ length: rows }, (_, row) => (
            <Skeleton key={row} className="h-5 w-full" />
          ))}
        </div>
      ))}
    </div>
  );
}
