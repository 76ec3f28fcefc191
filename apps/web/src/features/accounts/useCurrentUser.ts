import type { User } from '@runhub/contracts/accounts';
import { useMe } from './auth.api.ts';

/** The signed-in user, for components rendered inside RequireAuth (which guarantees one). */
export function useCurrentUser(): User {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser used outside RequireAuth');
  return data;
}
