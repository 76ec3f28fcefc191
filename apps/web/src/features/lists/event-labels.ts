import type { MessageId } from '../../app/messages.ts';

/** What people read for an event type, source and traffic source: translated labels, never raw ids. */
const typeLabels: Record<string, MessageId> = {
  lead_created: 'lists.type.lead_created',
  form_submitted: 'lists.type.form_submitted',
  booking_requested: 'lists.type.booking_requested',
  booking_confirmed: 'lists.type.booking_confirmed',
  user_signed_up: 'lists.type.user_signed_up',
  newsletter_subscribed: 'lists.type.newsletter_subscribed',
  trial_started: 'lists.type.trial_started',
  checkout_started: 'lists.type.checkout_started',
  checkout_abandoned: 'lists.type.checkout_abandoned',
  add_to_cart: 'lists.type.add_to_cart',
  payment_succeeded: 'lists.type.payment_succeeded',
  payment_failed: 'lists.type.payment_failed',
  payment_refunded: 'lists.type.payment_refunded',
  recovery_email_sent: 'lists.type.recovery_email_sent',
  promo_email_sent: 'lists.type.promo_email_sent',
  onboarding_email_sent: 'lists.type.onboarding_email_sent',
};

export function typeLabel(eventType: string): MessageId {
  return Object.hasOwn(typeLabels, eventType) ? typeLabels[eventType]! : 'lists.type.other';
}

export type Tone = 'green' | 'red' | 'amber' | 'neutral' | 'accent' | 'sky';

const typeTones: Record<string, Tone> = {
  payment_succeeded: 'green',
  payment_failed: 'red',
  payment_refunded: 'amber',
  lead_created: 'sky',
  booking_requested: 'accent',
  booking_confirmed: 'green',
};

export function typeTone(eventType: string): Tone {
  return Object.hasOwn(typeTones, eventType) ? typeTones[eventType]! : 'neutral';
}

const sourceLabels: Record<string, MessageId> = {
  server: 'lists.source.server',
  tracker: 'lists.source.tracker',
  form: 'lists.source.form',
  stripe: 'lists.source.stripe',
  admin: 'lists.source.admin',
};

export function sourceLabel(source: string): MessageId | null {
  return Object.hasOwn(sourceLabels, source) ? sourceLabels[source]! : null;
}

const trafficLabels: Record<string, MessageId> = {
  organic: 'lists.traffic.organic',
  paid: 'lists.traffic.paid',
  direct: 'lists.traffic.direct',
  referral: 'lists.traffic.referral',
  email: 'lists.traffic.email',
};

export function trafficLabel(trafficSource: string): MessageId | null {
  return Object.hasOwn(trafficLabels, trafficSource) ? trafficLabels[trafficSource]! : null;
}
