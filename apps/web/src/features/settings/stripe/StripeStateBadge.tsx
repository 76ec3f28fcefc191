import { useIntl } from 'react-intl';
import { StatusBadge, type IntegrationState } from '../StatusBadge.tsx';
import { useStripeIntegration } from './stripe.api.ts';

/**
 * Payments' badge. A secret saved before any webhook arrived reads "stale" to the overview
 * (nothing in 30 days); said plainly, it is waiting for Stripe's first call.
 */
export function StripeStateBadge({ projectId, state }: { projectId: string; state: IntegrationState }) {
  const intl = useIntl();
  const { data: stripe } = useStripeIntegration(projectId);
  const waiting = state === 'stale' && stripe?.connected === true && stripe.lastWebhookAt === null;
  return <StatusBadge state={state} label={waiting ? intl.formatMessage({ id: 'settings.stripe.waitingBadge' }) : undefined} />;
}
