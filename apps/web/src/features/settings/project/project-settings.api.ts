import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Project, updateProjectBody } from '@runhub/contracts/accounts';
import { apiFetch } from '../../../app/api.ts';
import { projectQueryKey, projectsQueryKey } from '../../projects/projects.api.ts';
import { refreshRunHub } from '../integration-queries.ts';

export type UpdateProjectInput = z.input<typeof updateProjectBody>;

export function useUpdateProject(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateProjectInput) =>
      (await apiFetch<{ project: Project }>(`/v1/projects/${encodeURIComponent(projectId)}`, { method: 'PATCH', body })).project,
    onSuccess: async (project, body) => {
      queryClient.setQueryData(projectQueryKey(project.id), project);
      queryClient.setQueryData<Project[]>(projectsQueryKey, (projects) => projects?.map((each) => (each.id === project.id ? project : each)));
      // A new zone or currency changes what every day and amount means: the overview asks again.
      if (body.timezone !== undefined || body.currency !== undefined) await refreshRunHub(queryClient, project.id);
    },
  });
}
