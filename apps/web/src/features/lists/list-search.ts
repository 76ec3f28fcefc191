import { localDateToUtcMs } from '../run/run-search.ts';
import { findFilter, type ListFilter, type ListKindConfig } from './list-kinds.ts';
import type { DateChoice } from './project-days.ts';

/**
 * A list's state in the URL: `?tab=transactions&filter=failed&when=last7&event=evt_…`, or a
 * picked day with `&date=YYYY-MM-DD`. Deep links, refresh and back / forward all work from it.
 * Pure functions; what the URL cannot say falls back to the defaults.
 */
export interface ListState {
  filter: ListFilter;
  when: DateChoice;
  /** The event open in the detail drawer. */
  event: string | null;
}

const WHEN_NAMES = ['all', 'today', 'yesterday', 'last7'] as const;

export function readListState(params: URLSearchParams, config: ListKindConfig): ListState {
  return { filter: findFilter(config, params.get('filter')), when: readWhen(params), event: readEventId(params) };
}

function readWhen(params: URLSearchParams): DateChoice {
  const date = params.get('date') ?? '';
  if (localDateToUtcMs(date) !== null) return { kind: 'day', date };
  const name = params.get('when');
  return (WHEN_NAMES as readonly string[]).includes(name ?? '') ? ({ kind: name } as DateChoice) : { kind: 'all' };
}

function readEventId(params: URLSearchParams): string | null {
  const id = params.get('event')?.trim() ?? '';
  // The API answers anything else with a 404, which the drawer shows; only absurd values are dropped here.
  return id && id.length <= 64 ? id : null;
}

/** The page's search string for a list state. Defaults are left out, so the plain tab link stays plain. */
export function listSearch(config: ListKindConfig, state: ListState): string {
  const params = new URLSearchParams({ tab: config.kind });
  if (state.filter.id !== config.filters[0].id) params.set('filter', state.filter.id);
  if (state.when.kind === 'day') params.set('date', state.when.date);
  else if (state.when.kind !== 'all') params.set('when', state.when.kind);
  if (state.event) params.set('event', state.event);
  return `?${params.toString()}`;
}

export function sameChoice(a: DateChoice, b: DateChoice): boolean {
  return a.kind === b.kind && (a.kind !== 'day' || b.kind !== 'day' || a.date === b.date);
}
