import type { QueryClient } from '@tanstack/react-query';
import { meQuery } from '../features/accounts/auth.api.ts';
import { projectQuery } from '../features/projects/projects.api.ts';
import { prefetchOverviewOnArrival } from '../features/run/run.api.ts';
import { projectIdInPath } from './browser-locale.ts';

/**
 * A first load asks at once for what its first paint waits on, instead of when the components
 * that need it mount after the first render (~100 ms later on the benchmark machine): the
 * session, a project page's project, and a Run Hub overview's numbers. The components then find
 * these requests in flight (same query keys). In-app navigation does not come through here.
 */
export function prefetchOnArrival(queryClient: QueryClient, location: Pick<Location, 'pathname' | 'search'>): void {
  void queryClient.prefetchQuery(meQuery);
  const projectId = projectIdInPath(location.pathname);
  if (projectId) void queryClient.prefetchQuery(projectQuery(projectId));
  prefetchOverviewOnArrival(queryClient, location);
}
