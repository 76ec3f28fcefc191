import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../features/accounts/auth.api.ts';
import { FullPageSpinner } from './FullPageSpinner.tsx';
import type { LoginRedirectState } from './RequireAuth.tsx';

/**
 * Login and signup make no sense with a session. This is also what moves the user on after
 * logging in: the session appears, and they go where they were headed (or to their projects).
 */
export function GuestOnly() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageSpinner />;
  if (me.data) return <Navigate to={safeReturnPath(location.state)} replace />;
  // A failed session check still lets people try to log in; the form reports real errors.
  return <Outlet />;
}

function safeReturnPath(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  // Only paths inside this app: "//host" would be another site.
  return from && from.startsWith('/') && !from.startsWith('//') ? from : '/projects';
}
