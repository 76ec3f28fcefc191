import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Form, createFormBody } from '@runhub/contracts/sources';
import { apiFetch } from '../../../app/api.ts';
import { refreshRunHub } from '../integration-queries.ts';

export type CreateFormInput = z.input<typeof createFormBody>;

const formsQueryKey = (projectId: string) => ['projects', projectId, 'forms'] as const;
const formsPath = (projectId: string) => `/v1/inhouse/projects/${encodeURIComponent(projectId)}/forms`;

export function useForms(projectId: string) {
  return useQuery({
    queryKey: formsQueryKey(projectId),
    queryFn: async ({ signal }) => (await apiFetch<{ forms: Form[] }>(formsPath(projectId), { signal })).forms,
  });
}

export function useCreateForm(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateFormInput) => (await apiFetch<{ form: Form }>(formsPath(projectId), { method: 'POST', body })).form,
    onSuccess: async (form) => {
      queryClient.setQueryData<Form[]>(formsQueryKey(projectId), (forms) => (forms ? [form, ...forms] : forms));
      await Promise.all([queryClient.invalidateQueries({ queryKey: formsQueryKey(projectId) }), refreshRunHub(queryClient, projectId)]);
    },
  });
}
