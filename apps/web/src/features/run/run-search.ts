/**
 * The Run Hub's state in the URL (`?tab=overview&range=last7`, custom ranges with
 * `&startDate=&endDate=`), so deep links, refresh and back/forward all work. Pure functions.
 */

export const RUN_TABS = ['overview', 'transactions', 'leads', 'settings'] as const;
export type RunTab = (typeof RUN_TABS)[number];

export const PRESET_RANGES = ['today', 'yesterday', 'last7', 'last30'] as const;
export type PresetRange = (typeof PRESET_RANGES)[number];

export type RangeSelection = { name: PresetRange } | { name: 'custom'; startDate: string; endDate: string };

/** The API's limit on a range (apps/server/src/kpis/periods.ts), counting both ends. */
export const MAX_RANGE_DAYS = 366;

/** The API's default range, used when the URL names none (or one we cannot read). */
export const DEFAULT_RANGE: RangeSelection = { name: 'today' };

const DAY_MS = 86_400_000;

/** Milliseconds at UTC midnight of a `YYYY-MM-DD` day, or null when it is not a real date. */
export function localDateToUtcMs(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? ms : null;
}

/** `YYYY-MM-DD` moved by a number of days (calendar arithmetic, no time zone involved). */
export function addDays(value: string, days: number): string {
  const ms = localDateToUtcMs(value);
  if (ms === null) return value;
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

export type CustomRangeProblem = 'required' | 'order' | 'tooLong';

/** Why a custom range cannot be asked for, or null when it can. */
export function checkCustomRange(startDate: string, endDate: string): CustomRangeProblem | null {
  const start = localDateToUtcMs(startDate);
  const end = localDateToUtcMs(endDate);
  if (start === null || end === null) return 'required';
  if (start > end) return 'order';
  if (Math.round((end - start) / DAY_MS) + 1 > MAX_RANGE_DAYS) return 'tooLong';
  return null;
}

/** The tab named in the URL; an unknown or missing name lands on the Overview rather than a blank page. */
export function readTab(params: URLSearchParams): RunTab {
  const name = params.get('tab');
  return (RUN_TABS as readonly string[]).includes(name ?? '') ? (name as RunTab) : 'overview';
}

export function readRange(params: URLSearchParams): RangeSelection {
  const name = params.get('range');
  if ((PRESET_RANGES as readonly string[]).includes(name ?? '')) return { name: name as PresetRange };
  if (name === 'custom') {
    const startDate = params.get('startDate') ?? '';
    const endDate = params.get('endDate') ?? '';
    if (checkCustomRange(startDate, endDate) === null) return { name: 'custom', startDate, endDate };
  }
  return DEFAULT_RANGE;
}

/** The range as query parameters, for the page URL and for the API alike. */
export function rangeParams(selection: RangeSelection): URLSearchParams {
  const params = new URLSearchParams({ range: selection.name });
  if (selection.name === 'custom') {
    params.set('startDate', selection.startDate);
    params.set('endDate', selection.endDate);
  }
  return params;
}

/**
 * The page's search string for a tab: `?tab=overview&range=last7`. The Overview carries its range;
 * the other tabs start from their own defaults (their filters live in their own parameters).
 */
export function runSearch(tab: RunTab, selection: RangeSelection = DEFAULT_RANGE): string {
  const params = tab === 'overview' ? [['tab', tab], ...rangeParams(selection)] : [['tab', tab]];
  return `?${new URLSearchParams(params).toString()}`;
}

export function sameRange(a: RangeSelection, b: RangeSelection): boolean {
  return rangeParams(a).toString() === rangeParams(b).toString();
}
