import type { TRAFFIC_SOURCES } from '@runhub/contracts/events';

export type TrafficSource = (typeof TRAFFIC_SOURCES)[number];

export interface TrafficAttribution {
  trafficSource: TrafficSource;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
}

const PAID_MEDIUMS = new Set(['cpc', 'ppc', 'paid', 'paidsocial', 'display']);
const SEARCH_ENGINES = ['google', 'bing', 'duckduckgo', 'yahoo', 'yandex', 'baidu', 'ecosia'];
// A label of the host followed by a dot: www.google.com, google.co.uk, search.yahoo.co.jp; not notgoogle.com.
const SEARCH_HOST = new RegExp(`(^|\\.)(${SEARCH_ENGINES.join('|')})\\.`);
const UTM_MAX = 200;

function parseUrl(value: string | null | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function utm(url: URL | undefined, name: string): string | null {
  const value = url?.searchParams.get(name)?.trim();
  return value ? value.slice(0, UTM_MAX) : null;
}

/** `paid_social`, `Paid-Social` and `paidsocial` are one medium. */
function normalise(value: string | null): string {
  return (value ?? '').toLowerCase().replace(/[\s_-]/g, '');
}

const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^www\./, '');

export function isSearchEngineHost(hostname: string): boolean {
  return SEARCH_HOST.test(hostname.toLowerCase());
}

/**
 * Where a visit came from, from the page URL (utm_* parameters win) and the referrer.
 * Pure: a malformed URL or referrer counts as absent.
 */
export function deriveTrafficSource(pageUrl: string, referrer: string | null | undefined): TrafficAttribution {
  const page = parseUrl(pageUrl);
  const ref = parseUrl(referrer);
  const utmSource = utm(page, 'utm_source');
  const utmMedium = utm(page, 'utm_medium');
  const utmCampaign = utm(page, 'utm_campaign');
  const fromSearch = ref !== undefined && isSearchEngineHost(ref.hostname);
  const result = (trafficSource: TrafficSource): TrafficAttribution => ({ trafficSource, utmSource, utmMedium, utmCampaign });

  if (utmSource !== null || utmMedium !== null || utmCampaign !== null) {
    const medium = normalise(utmMedium);
    const source = normalise(utmSource);
    if (PAID_MEDIUMS.has(medium)) return result('paid');
    if (medium === 'email' || source === 'newsletter') return result('email');
    return result(fromSearch || SEARCH_ENGINES.includes(source) ? 'organic' : 'referral');
  }
  if (fromSearch) return result('organic');
  if (ref !== undefined && ref.hostname !== '' && (page === undefined || hostOf(ref) !== hostOf(page))) return result('referral');
  return result('direct');
}
