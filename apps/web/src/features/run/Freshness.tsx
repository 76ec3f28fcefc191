import { useIntl } from 'react-intl';
import { ageOf, silentHours } from './freshness.ts';
import { useNow } from './use-now.ts';

/** "Updated 3 minutes ago", from the last KPI rollup. Nothing when there never was one. */
export function UpdatedAt({ lastRollupAt }: { lastRollupAt: string | null }) {
  const intl = useIntl();
  const now = useNow();
  if (!lastRollupAt) return null;
  const age = ageOf(lastRollupAt, now);
  const text =
    age.unit === 'now'
      ? intl.formatMessage({ id: 'run.freshness.justNow' })
      : intl.formatMessage({ id: 'run.freshness.updated' }, { time: intl.formatRelativeTime(-age.value, age.unit) });
  return (
    <p className="flex items-center gap-1.5 text-sm text-zinc-500">
      <span className="size-1.5 rounded-full bg-emerald-500" aria-hidden="true" />
      <time dateTime={lastRollupAt} title={intl.formatDate(lastRollupAt, { dateStyle: 'medium', timeStyle: 'short' })}>
        {text}
      </time>
    </p>
  );
}

/** The amber warning when events stopped arriving: the data stopped, maybe not the business. */
export function StaleEventsWarning({ lastEventAt }: { lastEventAt: string | null }) {
  const intl = useIntl();
  const now = useNow();
  const hours = silentHours(lastEventAt, now);
  if (hours === null) return null;
  return (
    <p className="flex items-start gap-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <svg className="mt-0.5 size-4 shrink-0 text-amber-600" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
        <path
          fillRule="evenodd"
          d="M8.5 3.1a1.7 1.7 0 0 1 3 0l6.3 11.2a1.7 1.7 0 0 1-1.5 2.5H3.7a1.7 1.7 0 0 1-1.5-2.5L8.5 3.1ZM10 7a1 1 0 0 1 1 1v2.5a1 1 0 1 1-2 0V8a1 1 0 0 1 1-1Zm0 7.6a1.1 1.1 0 1 0 0-2.2 1.1 1.1 0 0 0 0 2.2Z"
          clipRule="evenodd"
        />
      </svg>
      {intl.formatMessage({ id: 'run.freshness.stale' }, { hours })}
    </p>
  );
}
