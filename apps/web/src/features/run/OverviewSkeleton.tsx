import { Skeleton } from '../../ui/Skeleton.tsx';
import { NextActionsSkeleton } from './NextActions.tsx';

/** The overview's final footprint (period line, cards, status bar, lists), so nothing jumps when it loads. */
export function OverviewSkeleton() {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Skeleton className="h-5 w-72 max-w-full" />
        <Skeleton className="mt-1 h-3 w-40" />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        {[0, 1, 2, 3].map((key) => (
          <Skeleton key={key} className="h-36 rounded-xl" />
        ))}
      </div>
      <Skeleton className="h-48 rounded-xl sm:h-15" />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Skeleton className="mb-3 h-7 w-40" />
          <Skeleton className="h-14 rounded-xl" />
        </div>
        <div>
          <Skeleton className="mb-3 h-7 w-32" />
          <NextActionsSkeleton />
        </div>
      </div>
    </div>
  );
}
