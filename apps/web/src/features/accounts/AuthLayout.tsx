import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Logo } from '../../app/Logo.tsx';
import { Card } from '../../ui/Card.tsx';

interface AuthLayoutProps {
  title: ReactNode;
  subtitle: ReactNode;
  children: ReactNode;
  footer: ReactNode;
}

/** The calm, centred frame shared by the login and signup pages. */
export function AuthLayout({ title, subtitle, children, footer }: AuthLayoutProps) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center gap-3 text-center">
          <Logo className="size-10" />
          <p className="text-sm font-semibold tracking-wide text-zinc-500">
            <FormattedMessage id="app.name" />
          </p>
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">{title}</h1>
          <p className="text-sm text-zinc-600">{subtitle}</p>
        </div>
        <Card className="p-6 sm:p-8">{children}</Card>
        <p className="mt-6 text-center text-sm text-zinc-600">{footer}</p>
      </div>
    </main>
  );
}
