import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Member, addMemberBody } from '@runhub/contracts/accounts';
import { apiFetch } from '../../../app/api.ts';

export type AddMemberInput = z.input<typeof addMemberBody>;

const membersQueryKey = (projectId: string) => ['projects', projectId, 'members'] as const;
const membersPath = (projectId: string) => `/v1/projects/${encodeURIComponent(projectId)}/members`;

export function useMembers(projectId: string) {
  return useQuery({
    queryKey: membersQueryKey(projectId),
    queryFn: async ({ signal }) => (await apiFetch<{ members: Member[] }>(membersPath(projectId), { signal })).members,
  });
}

export function useAddMember(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AddMemberInput) => (await apiFetch<{ member: Member }>(membersPath(projectId), { method: 'POST', body })).member,
    onSuccess: async (member) => {
      queryClient.setQueryData<Member[]>(membersQueryKey(projectId), (members) => (members ? [...members, member] : members));
      await queryClient.invalidateQueries({ queryKey: membersQueryKey(projectId) });
    },
  });
}

export function useRemoveMember(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) => {
      await apiFetch<Record<string, never>>(`${membersPath(projectId)}/${encodeURIComponent(userId)}`, { method: 'DELETE' });
      return userId;
    },
    onSuccess: async (userId) => {
      queryClient.setQueryData<Member[]>(membersQueryKey(projectId), (members) => members?.filter((member) => member.userId !== userId));
      await queryClient.invalidateQueries({ queryKey: membersQueryKey(projectId) });
    },
  });
}
