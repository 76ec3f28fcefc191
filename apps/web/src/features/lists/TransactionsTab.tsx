import type { Project } from '@runhub/contracts/accounts';
import { EventList } from './EventList.tsx';
import { TRANSACTIONS } from './list-kinds.ts';

/** `?tab=transactions`: payments and checkouts, newest first (`&filter=all|pending|failed|refunded`). */
export function TransactionsTab({ project }: { project: Project }) {
  return <EventList project={project} config={TRANSACTIONS} />;
}
