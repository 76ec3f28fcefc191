import type { NewPageView } from '../src/events/analytics.queries.ts';

/** A direct-traffic page view of `path`, for tests that need rows in analytics_events. */
export function pageView(projectId: string, occurredAt: Date, sessionId = 's1', path = '/'): NewPageView {
  return {
    projectId,
    occurredAt,
    sessionId,
    anonymousId: null,
    url: `https://shop.example${path}`,
    path,
    referrer: null,
    trafficSource: 'direct',
    utmSource: null,
    utmMedium: null,
    utmCampaign: null,
    props: {},
  };
}
