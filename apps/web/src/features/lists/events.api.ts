import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { BusinessEvent, EventsPage } from '@runhub/contracts/events';
import { apiFetch } from '../../app/api.ts';
import type { DayRange } from './project-days.ts';

export const PAGE_SIZE = 20;

const eventsPath = (projectId: string) => `/v1/inhouse/projects/${encodeURIComponent(projectId)}/business-events`;

export const eventPagesQueryKey = (projectId: string, eventTypes: readonly string[], range: DayRange | null) =>
  ['projects', projectId, 'events', 'list', eventTypes.join(','), range?.startDate ?? '', range?.endDate ?? ''] as const;

/**
 * The timeline, newest first, a page of 20 at a time with the API's cursor. Each filter and date
 * range is its own cache entry, and a request whose list is no longer shown is aborted (the query
 * hands its AbortSignal to fetch): a late answer for another filter can never land in this one.
 */
export function useEventPages(projectId: string, eventTypes: readonly string[], range: DayRange | null) {
  return useInfiniteQuery({
    queryKey: eventPagesQueryKey(projectId, eventTypes, range),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ eventType: eventTypes.join(','), limit: String(PAGE_SIZE), orderBy: 'timeline' });
      if (range) {
        params.set('startDate', range.startDate);
        params.set('endDate', range.endDate);
      }
      // The total is counted once, for the first page: it anchors "Showing 1–40 of 156".
      if (pageParam) params.set('cursor', pageParam);
      else params.set('includeTotal', 'true');
      return apiFetch<EventsPage>(`${eventsPath(projectId)}?${params.toString()}`, { signal });
    },
    getNextPageParam: (last) => (last.hasMore && last.nextCursor ? last.nextCursor : undefined),
  });
}

/** One event by its public id, for a drawer opened on an event that is not in the loaded pages. */
export function useBusinessEvent(projectId: string, publicId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['projects', projectId, 'events', 'one', publicId ?? ''] as const,
    queryFn: async ({ signal }) =>
      (await apiFetch<{ event: BusinessEvent }>(`${eventsPath(projectId)}/${encodeURIComponent(publicId ?? '')}`, { signal })).event,
    enabled: enabled && publicId !== null,
  });
}
