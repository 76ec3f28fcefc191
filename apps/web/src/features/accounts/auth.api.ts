import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { User, loginBody, signupBody } from '@runhub/contracts/accounts';
import type { UiLocale } from '@runhub/i18n/languages';
import { useNavigate } from 'react-router';
import { ApiError, apiFetch } from '../../app/api.ts';

export type LoginInput = z.input<typeof loginBody>;
export type SignupInput = z.input<typeof signupBody>;

/** `null` means "known to be signed out"; `undefined` (no data yet) means "still asking". */
export const meQueryKey = ['me'] as const;

async function fetchMe(signal: AbortSignal): Promise<User | null> {
  try {
    return (await apiFetch<{ user: User }>('/v1/auth/me', { signal })).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQuery = queryOptions({ queryKey: meQueryKey, queryFn: ({ signal }) => fetchMe(signal), staleTime: 5 * 60_000 });

export function useMe() {
  return useQuery(meQuery);
}

/** Saves the user's language; the UI switches as soon as the answer arrives. */
export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: UiLocale) => apiFetch<{ user: User }>('/v1/auth/me', { method: 'PATCH', body: { locale } }),
    onSuccess: ({ user }) => queryClient.setQueryData(meQueryKey, user),
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginInput) => apiFetch<{ user: User }>('/v1/auth/login', { method: 'POST', body }),
    onSuccess: ({ user }) => startSession(queryClient, user),
  });
}

export function useSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignupInput) => apiFetch<{ user: User }>('/v1/auth/signup', { method: 'POST', body }),
    onSuccess: ({ user }) => startSession(queryClient, user),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => apiFetch<Record<string, never>>('/v1/auth/logout', { method: 'POST' }),
    onSuccess: () => {
      startSession(queryClient, null);
      // Straight to the login page, not "back to where you were": the next person to log in
      // on this browser may be someone else.
      void navigate('/login', { replace: true });
    },
  });
}

// Another user's cached projects must never show up after switching accounts.
function startSession(queryClient: QueryClient, user: User | null) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, user);
}
