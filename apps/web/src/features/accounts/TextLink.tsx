import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { focusRing } from '../../ui/focus-ring.ts';

/** An inline link in running text, padded so it is still a comfortable touch target. */
export function TextLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className={`-my-3 inline-block rounded py-3 font-medium text-accent-600 hover:text-accent-700 hover:underline ${focusRing}`}>
      {children}
    </Link>
  );
}
