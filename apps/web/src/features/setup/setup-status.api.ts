import { useQuery } from '@tanstack/react-query';
import type { OverviewPayload } from '@runhub/contracts/kpis';
import { apiFetch } from '../../app/api.ts';
import { overviewQueryKey } from '../run/run.api.ts';
import { DEFAULT_RANGE, rangeParams } from '../run/run-search.ts';

/**
 * The connection status the wizard shows: the Overview's own query for today (same key, so
 * "Check again" also refreshes the Overview's status bar), asked only while it is needed.
 */
export function useSetupStatus(projectId: string, { enabled, watching }: { enabled: boolean; watching: boolean }) {
  return useQuery({
    queryKey: overviewQueryKey(projectId, DEFAULT_RANGE),
    queryFn: ({ signal }) =>
      apiFetch<OverviewPayload>(`/v1/inhouse/projects/${encodeURIComponent(projectId)}/run/overview?${rangeParams(DEFAULT_RANGE).toString()}`, { signal }),
    enabled,
    // Someone pasting the snippet into their site comes back to this tab: look again then.
    refetchOnWindowFocus: watching ? 'always' : false,
  });
}
