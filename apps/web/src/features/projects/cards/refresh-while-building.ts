import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Project } from '@runhub/contracts/accounts';
import { projectsQueryKey } from '../projects.api.ts';

const REFRESH_MS = 10_000;

const inFlight = (project: Project) => project.buildStatus?.status === 'queued' || project.buildStatus?.status === 'building';

/** While a listed site is queued or building, the list is re-read now and then, so its card shows how the build ended. */
export function useRefreshWhileBuilding(projects: Project[] | undefined) {
  const queryClient = useQueryClient();
  const building = projects?.some(inFlight) ?? false;
  useEffect(() => {
    if (!building) return;
    const timer = setInterval(() => {
      // Not in a background tab: nobody is looking, and the next visit refetches anyway.
      if (document.visibilityState === 'visible') void queryClient.invalidateQueries({ queryKey: projectsQueryKey, exact: true });
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [building, queryClient]);
}
