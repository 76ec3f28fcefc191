import type { BusinessEventInput } from '@runhub/contracts/events';

/**
 * Stripe webhook events → Run Hub business events. Pure. Both checkout.session.completed and
 * payment_intent.succeeded describe one payment: they share the idempotency key of the payment
 * intent, so whichever arrives first is stored and the other is a replay.
 */

interface StripeObject {
  id?: string;
  object?: string;
  amount?: number;
  amount_total?: number | null;
  amount_received?: number;
  amount_refunded?: number;
  currency?: string;
  payment_intent?: string | { id?: string } | null;
  payment_status?: string;
  customer_email?: string | null;
  customer_details?: { email?: string | null } | null;
  receipt_email?: string | null;
  billing_details?: { email?: string | null } | null;
  metadata?: Record<string, string> | null;
  last_payment_error?: { code?: string; message?: string } | null;
}

export interface StripeEvent {
  id: string;
  type: string;
  created: number;
  data: { object: StripeObject; previous_attributes?: Partial<StripeObject> };
}

export const HANDLED_STRIPE_EVENTS = [
  'checkout.session.completed',
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'charge.refunded',
  'checkout.session.expired',
] as const;

function intentId(o: StripeObject): string | undefined {
  return typeof o.payment_intent === 'string' ? o.payment_intent : (o.payment_intent?.id ?? undefined);
}

function emailOf(o: StripeObject): string | undefined {
  const email = o.customer_details?.email ?? o.customer_email ?? o.receipt_email ?? o.billing_details?.email ?? o.metadata?.email;
  return email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email.trim().toLowerCase() : undefined;
}

function common(event: StripeEvent, o: StripeObject, entityType: string): Partial<BusinessEventInput> {
  const email = emailOf(o);
  const metadata = o.metadata ?? {};
  return {
    occurredAt: new Date(event.created * 1000).toISOString(),
    entityType,
    ...(o.id ? { entityId: o.id.slice(0, 200) } : {}),
    ...(email ? { customerEmail: email } : {}),
    ...(o.currency ? { currency: o.currency.toUpperCase() } : {}),
    ...(metadata.wid ? { workflowRunId: metadata.wid.slice(0, 64) } : {}),
    payload: { stripeEventId: event.id, stripeEventType: event.type, ...(metadata.cart_id ? { cart_id: metadata.cart_id } : {}), metadata },
  };
}

export function mapStripeEvent(event: StripeEvent): BusinessEventInput[] {
  const o = event.data.object;
  switch (event.type) {
    case 'checkout.session.completed': {
      if (o.payment_status !== 'paid') return [];
      const pi = intentId(o);
      return [{ ...common(event, o, 'payment'), eventType: 'payment_succeeded', amountCents: o.amount_total ?? 0, idempotencyKey: pi ? `stripe:pi:${pi}` : `stripe:cs:${o.id}` } as BusinessEventInput];
    }
    case 'payment_intent.succeeded':
      return [{ ...common(event, o, 'payment'), eventType: 'payment_succeeded', amountCents: o.amount_received ?? o.amount ?? 0, idempotencyKey: `stripe:pi:${o.id}` } as BusinessEventInput];
    case 'payment_intent.payment_failed': {
      const base = common(event, o, 'payment');
      const failure = o.last_payment_error ? { failureCode: o.last_payment_error.code, failureMessage: o.last_payment_error.message } : {};
      return [{ ...base, payload: { ...base.payload, ...failure }, eventType: 'payment_failed', amountCents: o.amount ?? 0, idempotencyKey: `stripe:evt:${event.id}` } as BusinessEventInput];
    }
    case 'charge.refunded': {
      // amount_refunded is cumulative: the event's own refund is the increase over the previous value.
      const refunded = (o.amount_refunded ?? 0) - (event.data.previous_attributes?.amount_refunded ?? 0);
      if (refunded <= 0) return [];
      const base = common(event, o, 'charge');
      const pi = intentId(o);
      return [{ ...base, payload: { ...base.payload, ...(pi ? { paymentIntent: pi } : {}) }, eventType: 'payment_refunded', amountCents: refunded, idempotencyKey: `stripe:evt:${event.id}` } as BusinessEventInput];
    }
    case 'checkout.session.expired':
      return [{ ...common(event, o, 'checkout'), eventType: 'checkout_abandoned', ...(o.amount_total != null ? { amountCents: o.amount_total } : {}), idempotencyKey: `stripe:cs_expired:${o.id}` } as BusinessEventInput];
    default:
      return [];
  }
}
