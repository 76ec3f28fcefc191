import type { MessageId } from '../../app/messages.ts';

/**
 * The two event lists of the Run Hub and their filters. Each filter is a set of event types
 * (sent to the API as `eventType=a,b`); the first filter is the default one.
 */
export type ListKind = 'transactions' | 'leads';

export interface ListFilter {
  /** As it appears in the URL (`&filter=failed`) and in the API's alert and action targets. */
  id: string;
  eventTypes: readonly string[];
  label: MessageId;
  /** "No failed payments in the last 7 days": one sentence per date choice. */
  emptyTitle: MessageId;
  /** What will appear here, and from where, when there is nothing at all yet. */
  emptyBody: MessageId;
}

export interface ListKindConfig {
  kind: ListKind;
  filters: readonly [ListFilter, ...ListFilter[]];
  filterNavLabel: MessageId;
  heading: MessageId;
  showAll: MessageId;
  /** Where a project with nothing here yet goes to connect the source of these events. */
  connectTarget: string;
}

export const TRANSACTIONS: ListKindConfig = {
  kind: 'transactions',
  filters: [
    {
      id: 'all',
      eventTypes: ['payment_succeeded', 'payment_failed', 'payment_refunded', 'checkout_started', 'checkout_abandoned'],
      label: 'lists.filter.all',
      emptyTitle: 'lists.empty.transactions.all',
      emptyBody: 'lists.empty.transactions.allBody',
    },
    {
      id: 'pending',
      eventTypes: ['checkout_started'],
      label: 'lists.filter.pending',
      emptyTitle: 'lists.empty.transactions.pending',
      emptyBody: 'lists.empty.transactions.pendingBody',
    },
    {
      id: 'failed',
      eventTypes: ['payment_failed'],
      label: 'lists.filter.failed',
      emptyTitle: 'lists.empty.transactions.failed',
      emptyBody: 'lists.empty.transactions.failedBody',
    },
    {
      id: 'refunded',
      eventTypes: ['payment_refunded'],
      label: 'lists.filter.refunded',
      emptyTitle: 'lists.empty.transactions.refunded',
      emptyBody: 'lists.empty.transactions.refundedBody',
    },
  ],
  filterNavLabel: 'lists.filter.transactionsLabel',
  heading: 'run.tabs.transactions',
  showAll: 'lists.empty.showAllTransactions',
  connectTarget: 'setup',
};

export const LEADS: ListKindConfig = {
  kind: 'leads',
  filters: [
    {
      id: 'recent',
      eventTypes: ['lead_created', 'booking_requested'],
      label: 'lists.filter.recent',
      emptyTitle: 'lists.empty.leads.recent',
      emptyBody: 'lists.empty.leads.recentBody',
    },
    {
      id: 'booking_requested',
      eventTypes: ['booking_requested'],
      label: 'lists.filter.bookingRequested',
      emptyTitle: 'lists.empty.leads.bookingRequested',
      emptyBody: 'lists.empty.leads.bookingRequestedBody',
    },
  ],
  filterNavLabel: 'lists.filter.leadsLabel',
  heading: 'run.tabs.leads',
  showAll: 'lists.empty.showAllLeads',
  connectTarget: 'forms',
};

/** The filter a URL names; an unknown or missing one falls back to the default rather than an empty list. */
export function findFilter(config: ListKindConfig, id: string | null): ListFilter {
  return config.filters.find((filter) => filter.id === id) ?? config.filters[0];
}
