import type { BuildStatus } from '@runhub/contracts/sources';
import { useIntl } from 'react-intl';
import { focusRing } from '../../../ui/focus-ring.ts';
import { Spinner } from '../../../ui/Spinner.tsx';

/** Idle, or never reported, says nothing: only a build on its way, a failure or a live site earns space on a card. */
function shownBuildStatus(buildStatus: BuildStatus | null): BuildStatus | null {
  return buildStatus && buildStatus.status !== 'idle' ? buildStatus : null;
}

/** "example.com/shop" for a URL, without the scheme or a trailing slash; the raw text when it is not one. */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return url;
  }
}

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** The site's last reported build, in words as well as colour. Renders nothing for idle or none. */
export function BuildStatusIndicator({ buildStatus }: { buildStatus: BuildStatus | null }) {
  const intl = useIntl();
  const shown = shownBuildStatus(buildStatus);
  if (!shown) return null;
  const reported = intl.formatMessage(
    { id: 'cards.build.reportedAt' },
    { time: intl.formatDate(shown.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) },
  );
  const label = <span className="sr-only">{intl.formatMessage({ id: 'cards.build.label' })}: </span>;

  switch (shown.status) {
    case 'queued':
      return (
        <p className="flex min-h-11 items-center gap-2 text-sm text-zinc-600" title={reported}>
          {label}
          <span className="size-2 shrink-0 rounded-full border-2 border-zinc-400" aria-hidden="true" />
          <span>{intl.formatMessage({ id: 'cards.build.queued' })}</span>
        </p>
      );
    case 'building':
      return (
        <p className="flex min-h-11 items-center gap-2 text-sm text-accent-700" title={reported}>
          {label}
          <Spinner size="sm" />
          <span>{intl.formatMessage({ id: 'cards.build.building' })}</span>
        </p>
      );
    case 'failed':
      return (
        <>
          <p className="flex min-h-11 items-center gap-2 text-sm font-medium text-red-700" title={reported}>
            {label}
            <svg className="size-4 shrink-0" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
              <path
                fillRule="evenodd"
                d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16ZM10 5.5a1 1 0 0 1 1 1V10a1 1 0 1 1-2 0V6.5a1 1 0 0 1 1-1Zm0 9a1.1 1.1 0 1 0 0-2.2 1.1 1.1 0 0 0 0 2.2Z"
                clipRule="evenodd"
              />
            </svg>
            <span>{intl.formatMessage({ id: 'cards.build.failed' })}</span>
          </p>
          {/* The reason on a line of its own, under the rest of the row (order-last in a wrapping row). */}
          {shown.message && (
            <p className="order-last -mt-2 mb-2 min-w-0 basis-full truncate text-xs text-red-700/90" title={shown.message}>
              {shown.message}
            </p>
          )}
        </>
      );
    case 'deployed':
      return (
        <p className="flex min-h-11 min-w-0 items-center gap-2 text-sm" title={reported}>
          {label}
          <span className="relative flex size-2.5 shrink-0" aria-hidden="true">
            <span className="absolute inline-flex size-full animate-ping rounded-full bg-emerald-400 opacity-60 motion-reduce:animate-none" />
            <span className="relative inline-flex size-2.5 rounded-full bg-emerald-500" />
          </span>
          <span className="shrink-0 font-medium text-emerald-700">{intl.formatMessage({ id: 'cards.build.live' })}</span>
          {shown.url &&
            (isWebUrl(shown.url) ? (
              // Above the card's own link (z-index), so it opens the site and not the Run Hub.
              <a
                href={shown.url}
                target="_blank"
                rel="noopener noreferrer"
                className={`relative z-[1] inline-flex min-h-11 min-w-0 items-center gap-1 rounded text-zinc-600 underline decoration-zinc-300 underline-offset-2 hover:text-zinc-900 hover:decoration-zinc-500 ${focusRing}`}
              >
                <span className="truncate" dir="ltr">
                  {displayUrl(shown.url)}
                </span>
                <svg className="size-3.5 shrink-0" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" aria-hidden="true">
                  <path d="M6.5 3.5H3.5v9h9v-3M9.5 2.5h4v4M13.5 2.5 7.5 8.5" />
                </svg>
                <span className="sr-only">{intl.formatMessage({ id: 'cards.build.newTab' })}</span>
              </a>
            ) : (
              <bdi className="min-w-0 truncate text-zinc-600">{shown.url}</bdi>
            ))}
        </p>
      );
    default:
      return null;
  }
}
