import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Project } from '@runhub/contracts/accounts';
import { projectQueryKey } from '../projects.api.ts';

/**
 * Each listed project is what its own pages read first, so opening a card paints the Run Hub from
 * cache (with the overview the card already loaded) instead of waiting for GET /v1/projects/:id.
 * The page still refreshes it once it is stale, as any cached query.
 */
export function useSeedProjectPages(projects: Project[] | undefined, listedAt: number) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!projects) return;
    for (const project of projects) {
      const cached = queryClient.getQueryState(projectQueryKey(project.id));
      // Never overwrite a newer answer (a project page may have read or saved it since).
      if (!cached || cached.dataUpdatedAt < listedAt) queryClient.setQueryData(projectQueryKey(project.id), project, { updatedAt: listedAt });
    }
  }, [projects, listedAt, queryClient]);
}
