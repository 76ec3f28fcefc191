import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated } from './api.ts';
import { meQueryKey } from '../features/accounts/auth.api.ts';

export function createQueryClient(): QueryClient {
  // Any call that finds the session gone marks the user as signed out; RequireAuth then
  // sends them to the login page instead of every screen handling 401 on its own.
  const onError = (error: unknown) => {
    if (isUnauthenticated(error)) client.setQueryData(meQueryKey, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change on retry; only transient failures are worth repeating.
        retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}
