import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Project } from '@runhub/contracts/accounts';
import type { StripeIntegration } from '@runhub/contracts/sources';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { Skeleton } from '../../../ui/Skeleton.tsx';
import { CodeSnippet } from '../CodeSnippet.tsx';
import { NoAccessNote } from '../NoAccessNote.tsx';
import { canManageProject } from '../permissions.ts';
import { RelativeTime } from '../RelativeTime.tsx';
import { DisconnectStripeDialog } from './DisconnectStripeDialog.tsx';
import { STRIPE_EVENTS, useStripeIntegration } from './stripe.api.ts';
import { StripeSecretForm } from './StripeSecretForm.tsx';

/** Connecting Stripe in three steps, then what Run Hub has received; the Settings tab and the wizard share it. */
export function StripeSetup({ project }: { project: Project }) {
  const intl = useIntl();
  const stripe = useStripeIntegration(project.id);
  const describeError = useDescribeError();
  const allowed = canManageProject(project);
  const webhookUrl = `${window.location.origin}${stripe.data?.webhookPath ?? `/v1/hooks/stripe/${project.id}`}`;

  return (
    <div className="flex flex-col gap-6">
      {stripe.isPending ? (
        <Skeleton className="h-11 rounded-lg" />
      ) : stripe.isError ? (
        <ErrorMessage message={describeError(stripe.error)} onRetry={() => void stripe.refetch()} retrying={stripe.isFetching} />
      ) : (
        <StripeStatus projectId={project.id} stripe={stripe.data} canDisconnect={allowed} />
      )}
      <ol className="flex flex-col gap-6">
        <Step number={1} title={intl.formatMessage({ id: 'settings.stripe.step1' })}>
          <CodeSnippet inline label={intl.formatMessage({ id: 'settings.stripe.webhookUrlLabel' })} code={webhookUrl} />
        </Step>
        <Step number={2} title={intl.formatMessage({ id: 'settings.stripe.step2' })}>
          <ul className="flex flex-wrap gap-2" aria-label={intl.formatMessage({ id: 'settings.stripe.eventsLabel' })}>
            {STRIPE_EVENTS.map((event) => (
              <li key={event} dir="ltr" className="rounded-md bg-zinc-100 px-2 py-1 font-mono text-xs text-zinc-800">
                {event}
              </li>
            ))}
          </ul>
        </Step>
        <Step number={3} title={intl.formatMessage({ id: 'settings.stripe.step3' })}>
          {allowed ? (
            <StripeSecretForm projectId={project.id} replacing={stripe.data?.connected ?? false} />
          ) : (
            <NoAccessNote>{intl.formatMessage({ id: 'settings.stripe.noAccess' })}</NoAccessNote>
          )}
        </Step>
      </ol>
    </div>
  );
}

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <li className="flex gap-3">
      <span className="flex size-6 shrink-0 items-center justify-center rounded-full bg-accent-50 text-xs font-semibold text-accent-700" aria-hidden="true">
        {number}
      </span>
      <div className="min-w-0 flex-1">
        <p className="mb-2 text-sm font-medium text-zinc-900">{title}</p>
        {children}
      </div>
    </li>
  );
}

function StripeStatus({ projectId, stripe, canDisconnect }: { projectId: string; stripe: StripeIntegration; canDisconnect: boolean }) {
  const intl = useIntl();
  const [disconnecting, setDisconnecting] = useState(false);

  if (!stripe.connected) {
    return <p className="rounded-lg bg-zinc-50 px-4 py-3 text-sm text-zinc-600">{intl.formatMessage({ id: 'settings.stripe.notConnected' })}</p>;
  }
  return (
    <div className="flex flex-col gap-3 rounded-lg bg-zinc-50 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-zinc-500">{intl.formatMessage({ id: 'settings.stripe.secretStatus' })}</dt>
        <dd className="font-medium text-zinc-900">
          <FormattedMessage id="settings.stripe.secretEnding" values={{ last4: <bdi className="font-mono">{stripe.secretLast4}</bdi> }} />
        </dd>
        <dt className="text-zinc-500">{intl.formatMessage({ id: 'settings.stripe.lastWebhook' })}</dt>
        <dd className="font-medium text-zinc-900">
          {stripe.lastWebhookAt ? (
            <>
              <RelativeTime iso={stripe.lastWebhookAt} />
              {stripe.lastWebhookType && (
                <span className="ms-2 font-mono text-xs font-normal text-zinc-500" dir="ltr">
                  {stripe.lastWebhookType}
                </span>
              )}
            </>
          ) : (
            intl.formatMessage({ id: 'settings.stripe.noWebhookYet' })
          )}
        </dd>
      </dl>
      {canDisconnect && (
        <Button variant="ghostDanger" className="-ms-2 self-start sm:ms-0 sm:self-center" onClick={() => setDisconnecting(true)}>
          {intl.formatMessage({ id: 'settings.stripe.disconnect' })}
        </Button>
      )}
      <DisconnectStripeDialog projectId={projectId} open={disconnecting} onClose={() => setDisconnecting(false)} />
    </div>
  );
}
