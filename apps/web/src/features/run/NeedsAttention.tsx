import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { ActionStatus } from '@runhub/contracts/actions';
import type { Alert, AlertSeverity } from '@runhub/contracts/alerts';
import type { MessageId } from '../../app/messages.ts';
import { buttonClasses } from '../../ui/Button.tsx';
import { cardClasses } from '../../ui/Card.tsx';
import { appPathFor } from './app-targets.ts';
import { knownMessageId } from './catalog-key.ts';
import { actionTitles } from './metric-display.ts';
import { useRunActions } from './run.api.ts';

const severities: Record<AlertSeverity, { label: MessageId; icon: string }> = {
  high: { label: 'run.alerts.severity.high', icon: 'text-red-600' },
  medium: { label: 'run.alerts.severity.medium', icon: 'text-amber-500' },
  low: { label: 'run.alerts.severity.low', icon: 'text-zinc-400' },
};

interface NeedsAttentionProps {
  projectId: string;
  /** As the API sorted them, most severe first; null when that part of the overview failed. */
  alerts: Alert[] | null;
}

export function NeedsAttention({ projectId, alerts }: NeedsAttentionProps) {
  const intl = useIntl();
  const headingId = useId();
  // The actions' availability: an alert's action is offered only when it can be used now.
  const { data: actions } = useRunActions(projectId);

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-zinc-900">
        {intl.formatMessage({ id: 'run.alerts.heading' })}
      </h2>
      {alerts === null ? (
        <p className={`${cardClasses} px-4 py-4 text-sm text-zinc-600`}>{intl.formatMessage({ id: 'run.alerts.unavailable' })}</p>
      ) : alerts.length === 0 ? (
        <p className={`${cardClasses} flex items-center gap-2 px-4 py-4 text-sm text-zinc-700`}>
          <svg className="size-5 shrink-0 text-emerald-600" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
            <path
              fillRule="evenodd"
              d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.7-9.3a1 1 0 0 0-1.4-1.4L9 10.6 7.7 9.3a1 1 0 0 0-1.4 1.4l2 2a1 1 0 0 0 1.4 0l4-4Z"
              clipRule="evenodd"
            />
          </svg>
          {intl.formatMessage({ id: 'run.alerts.allClear' })}
        </p>
      ) : (
        <ul aria-labelledby={headingId} className={`${cardClasses} divide-y divide-zinc-100`}>
          {alerts.map((alert, index) => (
            <AlertRow key={`${alert.type}-${index}`} projectId={projectId} alert={alert} actions={actions} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AlertRow({ projectId, alert, actions }: { projectId: string; alert: Alert; actions: ActionStatus[] | undefined }) {
  const intl = useIntl();
  const messageId = knownMessageId(intl, alert.messageKey);
  const severity = severities[alert.severity];
  const cta = alertCta(projectId, alert, actions);
  const ctaLabel = cta && knownMessageId(intl, cta.labelKey);

  return (
    <li className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:gap-4">
      <p className="flex min-w-0 flex-1 items-start gap-2.5 text-sm text-zinc-800">
        <svg className={`mt-0.5 size-4 shrink-0 ${severity.icon}`} viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
          <path
            fillRule="evenodd"
            d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm0-12a1 1 0 0 1 1 1v3a1 1 0 1 1-2 0V7a1 1 0 0 1 1-1Zm0 8.5a1.1 1.1 0 1 0 0-2.2 1.1 1.1 0 0 0 0 2.2Z"
            clipRule="evenodd"
          />
        </svg>
        <span>
          <span className="sr-only">{intl.formatMessage({ id: severity.label })}: </span>
          {messageId ? intl.formatMessage({ id: messageId }, alert.params) : intl.formatMessage({ id: 'run.alerts.unknown' })}
        </span>
      </p>
      {cta && ctaLabel && (
        <Link to={cta.path} className={buttonClasses('secondary', 'shrink-0 self-start sm:self-center')}>
          {intl.formatMessage({ id: ctaLabel })}
        </Link>
      )}
    </li>
  );
}

/** Where an alert's action leads and its label key, when that view exists and the action can be used now. */
function alertCta(projectId: string, alert: Alert, actions: ActionStatus[] | undefined): { path: string; labelKey: string } | null {
  if (alert.action.kind === 'navigate') {
    const path = appPathFor(projectId, alert.action.target);
    return path ? { path, labelKey: alert.action.labelKey } : null;
  }
  const { actionId } = alert.action;
  const action = actions?.find((candidate) => candidate.actionId === actionId);
  if (action?.status !== 'available' || action.type !== 'navigate' || !action.target) return null;
  const path = appPathFor(projectId, action.target);
  return path ? { path, labelKey: actionTitles[actionId] } : null;
}
