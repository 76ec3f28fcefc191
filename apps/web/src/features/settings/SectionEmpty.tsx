import type { ReactNode } from 'react';

/** The empty state inside a Settings card: quieter than the page-level EmptyState, same message. */
export function SectionEmpty({ title, body, action }: { title: ReactNode; body: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center rounded-lg bg-zinc-50 px-4 py-8 text-center">
      <h3 className="text-sm font-semibold text-zinc-900">{title}</h3>
      <p className="mt-1 max-w-md text-sm text-zinc-600">{body}</p>
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}
