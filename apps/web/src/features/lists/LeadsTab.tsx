import type { Project } from '@runhub/contracts/accounts';
import { EventList } from './EventList.tsx';
import { LEADS } from './list-kinds.ts';

/** `?tab=leads`: new leads and booking requests, newest first (`&filter=recent|booking_requested`). */
export function LeadsTab({ project }: { project: Project }) {
  return <EventList project={project} config={LEADS} />;
}
