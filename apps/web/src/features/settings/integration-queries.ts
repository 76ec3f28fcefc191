import type { QueryClient } from '@tanstack/react-query';

/**
 * After connecting something or changing the zone, the Run Hub's queries (the overview's
 * connection status in every range, the setup wizard's too) ask again rather than waiting for
 * their minute-long refresh.
 */
export function refreshRunHub(queryClient: QueryClient, projectId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'run'] });
}
