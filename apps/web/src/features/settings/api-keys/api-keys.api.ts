import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ApiKey, CreatedApiKey, createApiKeyBody } from '@runhub/contracts/accounts';
import { apiFetch } from '../../../app/api.ts';

export type CreateApiKeyInput = z.input<typeof createApiKeyBody>;

const apiKeysQueryKey = (projectId: string) => ['projects', projectId, 'api-keys'] as const;
const apiKeysPath = (projectId: string) => `/v1/projects/${encodeURIComponent(projectId)}/api-keys`;

/** Owners and admins only: pass `enabled: false` for others rather than collect a 403. */
export function useApiKeys(projectId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: apiKeysQueryKey(projectId),
    queryFn: async ({ signal }) => (await apiFetch<{ apiKeys: ApiKey[] }>(apiKeysPath(projectId), { signal })).apiKeys,
  });
}

export function useCreateApiKey(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateApiKeyInput) =>
      (await apiFetch<{ apiKey: CreatedApiKey }>(apiKeysPath(projectId), { method: 'POST', body })).apiKey,
    onSuccess: async (created) => {
      // The cache keeps the listing only: a secret key lives in the component that shows it once
      // (a public key's listing carries it anyway, for the tracker tag).
      const { key: _secret, ...listed } = created;
      await upsertInList(queryClient, projectId, listed);
    },
  });
}

export function useRevokeApiKey(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (keyId: string) =>
      (await apiFetch<{ apiKey: ApiKey }>(`${apiKeysPath(projectId)}/${encodeURIComponent(keyId)}`, { method: 'DELETE' })).apiKey,
    onSuccess: (revoked) => upsertInList(queryClient, projectId, revoked),
  });
}

/**
 * Shows the change at once (a revoked key stays in its place, a new one goes on top), then
 * refetches so the list matches the server.
 */
async function upsertInList(queryClient: QueryClient, projectId: string, apiKey: ApiKey) {
  queryClient.setQueryData<ApiKey[]>(apiKeysQueryKey(projectId), (keys) => {
    if (!keys) return keys;
    return keys.some((key) => key.id === apiKey.id) ? keys.map((key) => (key.id === apiKey.id ? apiKey : key)) : [apiKey, ...keys];
  });
  await queryClient.invalidateQueries({ queryKey: apiKeysQueryKey(projectId) });
}
