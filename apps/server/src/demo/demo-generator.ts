import type { BusinessEventInput } from '@runhub/contracts/events';
import { campaignOn } from './demo-campaigns.ts';
import { generateSalonDay } from './demo-salon.ts';
import { generateShopDay } from './demo-shop.ts';
import type { DemoPageView, DraftEvent, StoryContext, StoryDay } from './demo-visits.ts';
import { createRandom } from './random.ts';
import { addDays } from '../kpis/local-dates.ts';
import { hourSlotsOf, zonedTimeToUtc, type HourSlot } from './zoned-time.ts';

/**
 * Realistic demo data, one local calendar day at a time. Pure and deterministic: the same seed,
 * project identity and date always give the same rows; `now` only cuts off what has not happened yet.
 *
 * Each day's stories (visits and what follows them) are drawn from a PRNG seeded by
 * (seed, identity, date). Follow-ups such as refunds land up to a week later, so a day's rows are
 * everything that *happens* on it: its own stories plus the follow-ups of the days before.
 */

/** How far back a story's follow-ups can reach (salon refunds: deposit up to 2 days on, refund 1–4 open days later). */
const LOOKBACK_DAYS = 8;

export interface DemoProjectIdentity {
  industry: string;
  timezone: string;
  currency: string;
}

export interface DemoEvent {
  /** The local hour it happens in: the unit the seeder marks as done. */
  hour: number;
  input: BusinessEventInput;
}

export interface DemoDay {
  localDate: string;
  events: DemoEvent[];
  pageViews: DemoPageView[];
}

export interface DemoRangeOptions extends DemoProjectIdentity {
  seed: number;
  now: Date;
  /** Local calendar dates (YYYY-MM-DD), both inclusive. */
  fromDate: string;
  toDate: string;
}

export function generateDemoDay(options: DemoProjectIdentity & { localDate: string; seed: number; now: Date }): DemoDay {
  return generateDemoDays({ ...options, fromDate: options.localDate, toDate: options.localDate })[0]!;
}

/** The same rows as calling generateDemoDay for each date, drawing each day's stories only once. */
export function generateDemoDays(options: DemoRangeOptions): DemoDay[] {
  return [...iterateDemoDays(options)];
}

/**
 * generateDemoDays one day at a time, oldest first: a day is complete once its own stories are
 * drawn (nothing lands before the day its story starts), so only a week of follow-ups is held.
 */
export function* iterateDemoDays(options: DemoRangeOptions): Generator<DemoDay> {
  const { industry, timezone, currency, seed, now, fromDate, toDate } = options;
  const identity = `${seed}|${industry}|${timezone}|${currency}`;
  const kind = industry === 'services' || industry === 'restaurant' ? 'services' : 'ecommerce';
  const generate = kind === 'services' ? generateSalonDay : generateShopDay;

  const slotsByDate = new Map<string, HourSlot[]>();
  const allSlots: { date: string; slot: HourSlot }[] = [];
  for (let date = fromDate; date <= toDate; date = addDays(date, 1)) {
    const slots = hourSlotsOf(date, timezone);
    slotsByDate.set(date, slots);
    for (const slot of slots) allSlots.push({ date, slot });
  }
  const buckets = new Map<string, { events: Placed<DraftEvent>[]; pageViews: DemoPageView[] }>();
  // Which day and local hour an instant falls in, by binary search over the range's hour slots.
  const place = (at: Date) => {
    const t = at.getTime();
    let lo = 0;
    let hi = allSlots.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const { date, slot } = allSlots[mid]!;
      if (t < slot.start.getTime()) hi = mid - 1;
      else if (t >= slot.end.getTime()) lo = mid + 1;
      else {
        let bucket = buckets.get(date);
        if (!bucket) buckets.set(date, (bucket = { events: [], pageViews: [] }));
        return { bucket, hour: slot.hour };
      }
    }
    return undefined;
  };

  for (let date = addDays(fromDate, -LOOKBACK_DAYS); date <= toDate; date = addDays(date, 1)) {
    const ctx: StoryContext = {
      rng: createRandom(`${identity}|${date}`),
      localDate: date,
      timezone,
      currency,
      slots: slotsByDate.get(date) ?? hourSlotsOf(date, timezone),
      campaign: campaignOn(identity, kind, date),
    };
    const story: StoryDay = generate(ctx);
    const latest = zonedTimeToUtc(addDays(date, LOOKBACK_DAYS + 1), 0, 0, 0, timezone).getTime();
    for (const item of story.events) {
      if (item.at.getTime() >= latest) throw new Error(`demo follow-up ${item.eventType} lands more than ${LOOKBACK_DAYS} days after ${date}`);
      const placed = place(item.at);
      placed?.bucket.events.push({ item, hour: placed.hour });
    }
    for (const view of story.pageViews) {
      const placed = place(view.occurredAt);
      if (!placed) continue;
      view.hour = placed.hour;
      placed.bucket.pageViews.push(view);
    }
    if (date < fromDate) continue;
    yield finishDay(date, buckets.get(date) ?? { events: [], pageViews: [] }, now);
    buckets.delete(date);
  }
}

/** Sorts a day's rows, keys its events and cuts it off at `now`. */
function finishDay(localDate: string, day: { events: Placed<DraftEvent>[]; pageViews: DemoPageView[] }, now: Date): DemoDay {
  const cutoff = now.getTime();
  // Keys are numbered per local hour in time order, before the cut-off, so they never depend on `now`.
  const counters = new Map<number, number>();
  const events: DemoEvent[] = [];
  for (const { item, hour } of day.events.sort((a, b) => a.item.at.getTime() - b.item.at.getTime())) {
    const n = counters.get(hour) ?? 0;
    counters.set(hour, n + 1);
    if (item.at.getTime() > cutoff) continue;
    const { at, ...fields } = item;
    events.push({ hour, input: { ...fields, occurredAt: at.toISOString(), idempotencyKey: demoEventKey(localDate, hour, n) } });
  }
  const pageViews = day.pageViews.filter((v) => v.occurredAt.getTime() <= cutoff).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return { localDate, events, pageViews };
}

interface Placed<T> {
  item: T;
  hour: number;
}

/** `demo:2026-03-08:14:0` is the first event of 14:00–15:00 local time on 8 March 2026. */
export function demoEventKey(localDate: string, hour: number, n: number): string {
  return `demo:${localDate}:${String(hour).padStart(2, '0')}:${n}`;
}
