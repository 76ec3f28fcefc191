import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../features/accounts/auth.api.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { useDescribeError } from './describe-error.ts';
import { FullPageSpinner } from './FullPageSpinner.tsx';

/** What the login page needs to send the user back where they were going. */
export interface LoginRedirectState {
  from?: string;
}

export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const describeError = useDescribeError();

  if (me.isPending) return <FullPageSpinner />;
  if (me.isError) {
    return (
      <div className="mx-auto max-w-lg px-4 py-16">
        <ErrorMessage message={describeError(me.error)} onRetry={() => void me.refetch()} retrying={me.isFetching} />
      </div>
    );
  }
  if (!me.data) {
    const state: LoginRedirectState = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet />;
}
