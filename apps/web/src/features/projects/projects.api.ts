import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Project, createProjectBody } from '@runhub/contracts/accounts';
import { apiFetch } from '../../app/api.ts';

export type CreateProjectInput = z.input<typeof createProjectBody>;

export const projectsQueryKey = ['projects'] as const;
export const projectQueryKey = (projectId: string) => ['projects', projectId] as const;

export function useProjects() {
  return useQuery({
    queryKey: projectsQueryKey,
    queryFn: async ({ signal }) => (await apiFetch<{ projects: Project[] }>('/v1/projects', { signal })).projects,
  });
}

/** One project, as every page that needs it asks for it (the language provider included: one cache entry). */
export async function fetchProject(projectId: string, signal?: AbortSignal): Promise<Project> {
  return (await apiFetch<{ project: Project }>(`/v1/projects/${encodeURIComponent(projectId)}`, { signal })).project;
}

export const projectQuery = (projectId: string) =>
  queryOptions({ queryKey: projectQueryKey(projectId), queryFn: ({ signal }) => fetchProject(projectId, signal) });

export function useProject(projectId: string) {
  return useQuery(projectQuery(projectId));
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateProjectInput) =>
      (await apiFetch<{ project: Project }>('/v1/projects', { method: 'POST', body })).project,
    onSuccess: async (project) => {
      queryClient.setQueryData(projectQueryKey(project.id), project);
      // Show the new card at once, then let the server's list (and its order) take over.
      queryClient.setQueryData<Project[]>(projectsQueryKey, (projects) => (projects ? [project, ...projects] : projects));
      await queryClient.invalidateQueries({ queryKey: projectsQueryKey, exact: true });
    },
  });
}
