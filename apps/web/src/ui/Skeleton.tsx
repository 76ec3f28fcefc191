/** A grey placeholder; callers size it like the content it stands in for, so nothing jumps. */
export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded-md bg-zinc-200/80 ${className}`} />;
}
