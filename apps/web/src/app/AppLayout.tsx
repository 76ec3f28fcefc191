import { FormattedMessage } from 'react-intl';
import { Link, Outlet } from 'react-router';
import { useLogout } from '../features/accounts/auth.api.ts';
import { LanguageSwitcher } from '../features/accounts/LanguageSwitcher.tsx';
import { useCurrentUser } from '../features/accounts/useCurrentUser.ts';
import { Button } from '../ui/Button.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { focusRing } from '../ui/focus-ring.ts';
import { useDescribeError } from './describe-error.ts';
import { Logo } from './Logo.tsx';

/** The frame of every signed-in page: header with the account, then the page itself. */
export function AppLayout() {
  const user = useCurrentUser();
  const logout = useLogout();
  const describeError = useDescribeError();

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className={`sr-only rounded-lg bg-white px-4 py-3 text-sm font-medium focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-10 ${focusRing}`}
      >
        <FormattedMessage id="layout.skipToContent" />
      </a>
      <header className="sticky top-0 z-[1] border-b border-zinc-200 bg-white/90 backdrop-blur">
        <div className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4 sm:px-6">
          <Link to="/projects" className={`-ms-2 flex min-h-11 shrink-0 items-center gap-2 whitespace-nowrap rounded-lg px-2 font-semibold text-zinc-900 ${focusRing}`}>
            <Logo />
            <FormattedMessage id="app.name" />
          </Link>
          <div className="ms-auto flex min-w-0 items-center gap-3">
            <LanguageSwitcher />
            <span className="hidden truncate text-sm text-zinc-600 sm:inline" title={user.email}>
              {user.name}
            </span>
            <Button variant="secondary" onClick={() => logout.mutate()} pending={logout.isPending}>
              <FormattedMessage id="layout.logout" />
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-10">
        {logout.isError && (
          <div className="mb-6">
            <ErrorMessage message={describeError(logout.error)} />
          </div>
        )}
        <Outlet />
      </main>
    </div>
  );
}
