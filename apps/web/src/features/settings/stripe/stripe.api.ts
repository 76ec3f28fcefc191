import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StripeIntegration } from '@runhub/contracts/sources';
import { apiFetch, type ApiRequest } from '../../../app/api.ts';
import { refreshRunHub } from '../integration-queries.ts';

const stripeQueryKey = (projectId: string) => ['projects', projectId, 'integrations', 'stripe'] as const;
const stripePath = (projectId: string) => `/v1/inhouse/projects/${encodeURIComponent(projectId)}/integrations/stripe`;


/** The same rule as the API's (contracts/sources.ts putStripeBody), checked before sending. */
export const WEBHOOK_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/=_-]{8,200}$/;

/** The Stripe events Run Hub turns into business events (docs/api.md, Stripe). */
export const STRIPE_EVENTS = [
  'checkout.session.completed',
  'checkout.session.expired',
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'charge.refunded',
] as const;

export function useStripeIntegration(projectId: string) {
  return useQuery({
    queryKey: stripeQueryKey(projectId),
    queryFn: async ({ signal }) => (await apiFetch<{ stripe: StripeIntegration }>(stripePath(projectId), { signal })).stripe,
  });
}

/** Puts the API's answer in the cache, then asks the connection status again. */
function useStripeWrite<Variables>(projectId: string, request: (variables: Variables) => ApiRequest) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: Variables) => (await apiFetch<{ stripe: StripeIntegration }>(stripePath(projectId), request(variables))).stripe,
    onSuccess: async (stripe) => {
      queryClient.setQueryData(stripeQueryKey(projectId), stripe);
      await refreshRunHub(queryClient, projectId);
    },
  });
}

export function useSaveStripeSecret(projectId: string) {
  return useStripeWrite(projectId, (webhookSecret: string) => ({ method: 'PUT', body: { webhookSecret } }));
}

export function useDisconnectStripe(projectId: string) {
  return useStripeWrite(projectId, (_: void) => ({ method: 'DELETE' }));
}
