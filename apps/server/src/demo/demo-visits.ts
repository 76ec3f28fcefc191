import type { BusinessEventInput, TRAFFIC_SOURCES } from '@runhub/contracts/events';
import type { NewPageView } from '../events/analytics.queries.ts';
import type { Campaign } from './demo-campaigns.ts';
import type { Random } from './random.ts';
import type { HourSlot } from './zoned-time.ts';

/** What the demo stories are made of: visits (sessions of page views) and the events they lead to. */

export type TrafficSource = (typeof TRAFFIC_SOURCES)[number];

export interface Traffic {
  trafficSource: TrafficSource;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  /** Where the first page view came from (a search engine, Instagram, …); none for direct and email. */
  referrer?: string;
}

/** An event before it gets its idempotency key: `at` becomes occurredAt. */
export type DraftEvent = Omit<BusinessEventInput, 'occurredAt' | 'idempotencyKey'> & { at: Date };

/** A page view row as stored, less its project; `hour` is the local hour it is filed under. */
export type DemoPageView = Omit<NewPageView, 'projectId'> & { hour: number };

/** Everything one local day's stories produce; follow-ups (refunds, confirmations) may land on later days. */
export interface StoryDay {
  events: DraftEvent[];
  pageViews: DemoPageView[];
}

export interface StoryContext {
  rng: Random;
  localDate: string;
  timezone: string;
  currency: string;
  /** The day's local hours as UTC intervals (DST-aware). */
  slots: HourSlot[];
  campaign: Campaign | undefined;
}

export interface Visit {
  sessionId: string;
  anonymousId: string;
  traffic: Traffic;
  pages: { path: string; at: Date }[];
}

const MINUTE_MS = 60_000;

export function minutesAfter(rng: Random, at: Date, min: number, max: number): Date {
  return new Date(at.getTime() + (min + rng.next() * (max - min)) * MINUTE_MS);
}

/** Each of the day's hour slots weighted by the hour-of-day curve (computed once per day). */
export function slotWeights(slots: HourSlot[], hourWeights: readonly number[]): number[] {
  return slots.map((s) => hourWeights[s.hour]!);
}

/** A session start: an hour drawn by the day's hour-of-day curve, then a uniform instant in it. */
export function sessionStart(rng: Random, slots: HourSlot[], weights: readonly number[]): Date {
  const slot = slots[rng.weighted(weights)]!;
  return new Date(slot.start.getTime() + rng.next() * (slot.end.getTime() - slot.start.getTime()));
}

/** A visit over `paths`, a page every 15 s to 2.5 min. */
export function makeVisit(rng: Random, start: Date, traffic: Traffic, paths: string[]): Visit {
  let at = start;
  const pages = paths.map((path, i) => {
    if (i > 0) at = new Date(at.getTime() + rng.int(15, 150) * 1000);
    return { path, at };
  });
  return { sessionId: `sess_${rng.id(20)}`, anonymousId: `anon_${rng.id(20)}`, traffic, pages };
}

/** Marks demo page views, so that the seeder can tell which hours it has filled. Shared: rows are only read. */
const DEMO_PROPS: Readonly<Record<string, unknown>> = Object.freeze({ demo: true });

/**
 * The visit's page views: utm parameters on the landing URL, then each page refers to the
 * previous one. `hour` is set when the generator files the row under its local day and hour.
 */
export function pageViewsOf(visit: Visit, origin: string): DemoPageView[] {
  const { trafficSource, utmSource, utmMedium, utmCampaign, referrer } = visit.traffic;
  const utm = [['utm_source', utmSource], ['utm_medium', utmMedium], ['utm_campaign', utmCampaign]].filter(([, value]) => value);
  const query = utm.length > 0 ? `?${utm.map(([name, value]) => `${name}=${encodeURIComponent(value!)}`).join('&')}` : '';
  let previous: string | null = referrer ?? null;
  return visit.pages.map((page, i) => {
    const url = `${origin}${page.path}${i === 0 ? query : ''}`;
    const view: DemoPageView = {
      hour: -1,
      occurredAt: page.at,
      sessionId: visit.sessionId,
      anonymousId: visit.anonymousId,
      url,
      path: page.path,
      referrer: previous,
      trafficSource,
      utmSource: utmSource ?? null,
      utmMedium: utmMedium ?? null,
      utmCampaign: utmCampaign ?? null,
      props: DEMO_PROPS as Record<string, unknown>,
    };
    previous = url;
    return view;
  });
}

/** The session and attribution fields every browser-side event of the visit carries. */
export function visitFields(visit: Visit): Pick<BusinessEventInput, 'sessionId' | 'anonymousId' | 'trafficSource' | 'utmSource' | 'utmMedium' | 'utmCampaign'> {
  const { trafficSource, utmSource, utmMedium, utmCampaign } = visit.traffic;
  return {
    sessionId: visit.sessionId,
    anonymousId: visit.anonymousId,
    trafficSource,
    ...(utmSource ? { utmSource } : {}),
    ...(utmMedium ? { utmMedium } : {}),
    ...(utmCampaign ? { utmCampaign } : {}),
  };
}

/** The time of the first page with this path (the visit was built to contain it). */
export function timeOfPage(visit: Visit, path: string): Date {
  return (visit.pages.find((p) => p.path === path) ?? visit.pages[visit.pages.length - 1]!).at;
}
