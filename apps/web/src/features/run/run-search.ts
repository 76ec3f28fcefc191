/**
 * The Run Hub's state in the URL (`?tab=overview&range=last7`, custom ranges with
 * `&startDate=&endDate=`), so deep links, refresh and back/forward all work. Pure functions.
 */

/** The tabs that are built. Transactions, Leads and Settings join this list when they work. */
export type RunTab = 'overview';

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

export function readTab(_params: URLSearchParams): RunTab {
  // Only the Overview is built: any other tab name lands there rather than on a blank page.
  return 'overview';
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

/** The page's search string for a tab and a range: `?tab=overview&range=last7`. */
export function runSearch(tab: RunTab, selection: RangeSelection): string {
  return `?${new URLSearchParams([['tab', tab], ...rangeParams(selection)]).toString()}`;
}

export function sameRange(a: RangeSelection, b: RangeSelection): boolean {
  return rangeParams(a).toString() === rangeParams(b).toString();
}
