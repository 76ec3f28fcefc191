import { useQuery } from '@tanstack/react-query';
import type { ActionsPayload } from '@runhub/contracts/actions';
import type { OverviewPayload } from '@runhub/contracts/kpis';
import { apiFetch } from '../../app/api.ts';
import { rangeParams, type RangeSelection } from './run-search.ts';

const runPath = (projectId: string) => `/v1/inhouse/projects/${encodeURIComponent(projectId)}/run`;

export const overviewQueryKey = (projectId: string, selection: RangeSelection) =>
  ['projects', projectId, 'run', 'overview', rangeParams(selection).toString()] as const;

export function useOverview(projectId: string, selection: RangeSelection) {
  return useQuery({
    queryKey: overviewQueryKey(projectId, selection),
    queryFn: ({ signal }) => apiFetch<OverviewPayload>(`${runPath(projectId)}/overview?${rangeParams(selection).toString()}`, { signal }),
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
