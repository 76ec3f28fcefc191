import { useId } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { Link } from 'react-router';
import type { Industry } from '@runhub/contracts/accounts';
import type { ActionStatus } from '@runhub/contracts/actions';
import { useDescribeError } from '../../app/describe-error.ts';
import { cardClasses } from '../../ui/Card.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { focusRing } from '../../ui/focus-ring.ts';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { appPathFor } from './app-targets.ts';
import { VERTICAL_NEXT_ACTIONS } from '@runhub/contracts/action-definitions';
import { actionFixes, actionReasons, actionTitles } from './metric-display.ts';
import { useRunActions } from './run.api.ts';

type Shown =
  | { kind: 'go'; action: ActionStatus; path: string }
  | { kind: 'blocked'; action: ActionStatus; fixPath: string | null };

/**
 * The vertical pack's actions, in its order, that mean something today: available ones that
 * lead to a view that exists, and blocked ones with their reason. Not-yet-built ones are left out.
 */
function shownActions(projectId: string, industry: Industry, actions: ActionStatus[]): Shown[] {
  const shown: Shown[] = [];
  for (const id of VERTICAL_NEXT_ACTIONS[industry]) {
    const action = actions.find((candidate) => candidate.actionId === id);
    if (!action) continue;
    if (action.status === 'available' && action.type === 'navigate' && action.target) {
      const path = appPathFor(projectId, action.target);
      if (path) shown.push({ kind: 'go', action, path });
    } else if (action.status === 'blocked') {
      shown.push({ kind: 'blocked', action, fixPath: action.fixCta ? appPathFor(projectId, action.fixCta.href) : null });
    }
  }
  return shown;
}

export function NextActions({ projectId, industry }: { projectId: string; industry: Industry }) {
  const intl = useIntl();
  const headingId = useId();
  const actions = useRunActions(projectId);
  const describeError = useDescribeError();

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-zinc-900">
        {intl.formatMessage({ id: 'run.actions.heading' })}
      </h2>
      {actions.isPending ? (
        <NextActionsSkeleton />
      ) : actions.isError ? (
        <ErrorMessage message={describeError(actions.error)} onRetry={() => void actions.refetch()} retrying={actions.isFetching} />
      ) : (
        <ActionList headingId={headingId} items={shownActions(projectId, industry, actions.data)} />
      )}
    </section>
  );
}

function ActionList({ headingId, items }: { headingId: string; items: Shown[] }) {
  const intl = useIntl();
  if (items.length === 0) {
    return <p className={`${cardClasses} px-4 py-4 text-sm text-zinc-600`}>{intl.formatMessage({ id: 'run.actions.none' })}</p>;
  }
  return (
    <ul aria-labelledby={headingId} className="flex flex-col gap-2">
      {items.map((item) => {
        const title = intl.formatMessage({ id: actionTitles[item.action.actionId] });
        if (item.kind === 'go') {
          return (
            <li key={item.action.actionId}>
              <Link
                to={item.path}
                className={`flex min-h-11 w-full items-center justify-between gap-3 rounded-lg border border-zinc-300 bg-white px-4 py-2 text-start text-sm font-medium text-zinc-800 shadow-sm transition-colors hover:bg-zinc-50 ${focusRing}`}
              >
                {title}
                <svg className="size-4 shrink-0 text-zinc-400 rtl:rotate-180" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
                  <path d="M7.3 14.7a1 1 0 0 1 0-1.4l3.3-3.3-3.3-3.3a1 1 0 0 1 1.4-1.4l4 4a1 1 0 0 1 0 1.4l-4 4a1 1 0 0 1-1.4 0Z" />
                </svg>
              </Link>
            </li>
          );
        }
        return (
          <li key={item.action.actionId} className="rounded-lg border border-dashed border-zinc-300 bg-white/60 px-4 py-3 text-sm">
            <p className="font-medium text-zinc-700">{title}</p>
            <p className="mt-0.5 text-zinc-500">{blockedReason(intl, item.action)}</p>
            {item.fixPath && fixLabel(intl, item.action) && (
              <Link
                to={item.fixPath}
                className={`-ms-2 mt-1 inline-flex min-h-11 items-center rounded-lg px-2 font-medium text-accent-700 hover:text-accent-600 hover:underline ${focusRing}`}
              >
                {fixLabel(intl, item.action)}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function blockedReason(intl: IntlShape, action: ActionStatus): string {
  const code = action.reasonCode;
  const id = code && code !== 'NOT_BUILT' ? actionReasons[code] : undefined;
  return id ? intl.formatMessage({ id }) : (action.reasonText ?? '');
}

function fixLabel(intl: IntlShape, action: ActionStatus): string | null {
  const code = action.reasonCode;
  const id = code && code !== 'NOT_BUILT' ? actionFixes[code] : undefined;
  return id ? intl.formatMessage({ id }) : (action.fixCta?.label ?? null);
}

export function NextActionsSkeleton() {
  return (
    <div className="flex flex-col gap-2">
      <Skeleton className="h-11 rounded-lg" />
      <Skeleton className="h-11 rounded-lg" />
    </div>
  );
}
