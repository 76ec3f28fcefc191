import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: ReactNode;
  body: ReactNode;
  action?: ReactNode;
  /** Heading level that fits the page outline where the empty state sits. */
  headingLevel?: 2 | 3;
}

export function EmptyState({ title, body, action, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed border-zinc-300 bg-white px-6 py-12 text-center">
      <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-accent-50 text-accent-600" aria-hidden="true">
        <svg className="size-6" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
          <path d="M4 17.5 9.5 12l4 3.5L20 8.5" />
          <path d="M15 8.5h5v5" />
        </svg>
      </div>
      <Heading className="text-base font-semibold text-zinc-900">{title}</Heading>
      <p className="mt-1 max-w-md text-sm text-zinc-600">{body}</p>
      {action && <div className="mt-6">{action}</div>}
    </div>
  );
}
