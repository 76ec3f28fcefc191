import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ActionsPayload } from '@runhub/contracts/actions';
import type { OverviewPayload } from '@runhub/contracts/kpis';
import { apiFetch } from '../../app/api.ts';
import { rangeParams, readRange, readTab, type RangeSelection } from './run-search.ts';

const runPath = (projectId: string) => `/v1/inhouse/projects/${encodeURIComponent(projectId)}/run`;

export const overviewQueryKey = (projectId: string, selection: RangeSelection) =>
  ['projects', projectId, 'run', 'overview', rangeParams(selection).toString()] as const;

const overviewQuery = (projectId: string, selection: RangeSelection) =>
  queryOptions({
    queryKey: overviewQueryKey(projectId, selection),
    queryFn: ({ signal }) => apiFetch<OverviewPayload>(`${runPath(projectId)}/overview?${rangeParams(selection).toString()}`, { signal }),
  });

/** On a first load straight onto a Run Hub overview, its numbers (see app/arrival.ts); elsewhere nothing. */
export function prefetchOverviewOnArrival(queryClient: QueryClient, location: Pick<Location, 'pathname' | 'search'>): void {
  const match = /^\/projects\/([^/]+)\/run\/?$/.exec(location.pathname);
  const params = new URLSearchParams(location.search);
  if (!match?.[1] || readTab(params) !== 'overview') return;
  let projectId: string;
  try {
    projectId = decodeURIComponent(match[1]);
  } catch {
    return;
  }
  void queryClient.prefetchQuery(overviewQuery(projectId, readRange(params)));
}

export function useOverview(projectId: string, selection: RangeSelection) {
  return useQuery({
    ...overviewQuery(projectId, selection),
    // While another range loads, the last one stays on screen (dimmed, with its own dates):
    // never numbers of another project.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === projectId ? previous : undefined),
    // A page left open all morning keeps showing the API's current numbers (paused in background tabs).
    refetchInterval: 60_000,
  });
}

export function useRunActions(projectId: string) {
  return useQuery({
    queryKey: ['projects', projectId, 'run', 'actions'] as const,
    queryFn: async ({ signal }) => (await apiFetch<ActionsPayload>(`${runPath(projectId)}/actions`, { signal })).actions,
  });
}
