import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../db/pool.ts';
import { ensureAnalyticsPartitions, insertPageViews, type NewPageView } from '../events/analytics.queries.ts';
import { insertEventsSkippingDuplicates, type NewEventRow } from '../events/events.queries.ts';
import { toEventRow } from '../events/ingest.ts';
import { iterateDemoDays, type DemoDay } from './demo-generator.ts';
import type { DemoPageView } from './demo-visits.ts';
import { listDemoProjects } from '../accounts/projects.queries.ts';
import { findSeededDemoHours, lockDemoDays } from './demo.queries.ts';
import { addDays, localDateOf } from '../kpis/local-dates.ts';
import { hourSlotsOf, zonedTimeToUtc } from './zoned-time.ts';

export interface SeedDemoOptions {
  now: Date;
  seed?: number;
  /** Local days ending today (today included). */
  days?: number;
  log?: (message: string) => void;
}

export interface SeedDemoResult {
  /** Project-days that received rows. */
  days: number;
  events: number;
  pageViews: number;
}

type DemoProject = Awaited<ReturnType<typeof listDemoProjects>>[number];

const hourKey = (localDate: string, hour: number) => `${localDate}:${String(hour).padStart(2, '0')}`;

/**
 * Fills every demo project with `days` local days of generated events and page views, up to the
 * last full hour before `now`. The unit is the local hour: one that holds any demo row is done and
 * is skipped, so running again adds nothing, and running later the same day adds only the hours
 * since. Days go in whole, a few per transaction, so a crash never leaves one half-written.
 */
export async function seedDemoData(db: Db, { now, seed = 42, days = 90, log }: SeedDemoOptions): Promise<SeedDemoResult> {
  const projects = await listDemoProjects(db);
  if (projects.length === 0) {
    log?.('no demo projects (they are made with the demo account, on the first start of an empty database)');
    return { days: 0, events: 0, pageViews: 0 };
  }
  // Every zone's days fall within a day of these bounds.
  await ensureAnalyticsPartitions(db, new Date(now.getTime() - (days + 1) * DAY_MS), new Date(now.getTime() + DAY_MS));
  // Side by side: one project's rows are generated while the other's are being written.
  const results = await Promise.all(projects.map((project) => seedProject(db, project, { now, seed, days })));
  const totals: SeedDemoResult = { days: 0, events: 0, pageViews: 0 };
  results.forEach((added, i) => {
    totals.days += added.days;
    totals.events += added.events;
    totals.pageViews += added.pageViews;
    log?.(`${projects[i]!.name}: ${added.days} days, ${added.events} events, ${added.pageViews} page views added`);
  });
  return totals;
}

const DAY_MS = 86_400_000;

/** Days per transaction: few commits, and statements of a few thousand rows. */
const DAYS_PER_TRANSACTION = 10;

interface PendingDay {
  day: DemoDay;
  /** The hours of the day to write: whole, and not seeded yet. */
  open: Set<number>;
}

async function seedProject(db: Db, project: DemoProject, { now, seed, days }: { now: Date; seed: number; days: number }): Promise<SeedDemoResult> {
  const { timezone } = project;
  const today = localDateOf(now, timezone);
  const fromDate = addDays(today, -(days - 1));
  const seeded = await findSeededDemoHours(db, project, zonedTimeToUtc(fromDate, 0, 0, 0, timezone), zonedTimeToUtc(addDays(today, 1), 0, 0, 0, timezone));

  const added: SeedDemoResult = { days: 0, events: 0, pageViews: 0 };
  let writing: Promise<void> = Promise.resolve();
  // One transaction at a time; the next days are drawn while it is being written.
  const write = async (batch: PendingDay[]) => {
    await writing;
    writing = db.transaction().execute(async (trx) => {
      const result = await insertDays(trx, project, batch);
      added.days += result.days;
      added.events += result.events;
      added.pageViews += result.pageViews;
    });
    writing.catch(() => undefined); // awaited later; this only keeps it from counting as unhandled meanwhile
  };

  let batch: PendingDay[] = [];
  for (const day of iterateDemoDays({ ...project, seed, now, fromDate, toDate: today })) {
    // Only whole hours: a later run could not tell which part of a half-seeded hour is missing.
    const whole = hourSlotsOf(day.localDate, timezone).filter((slot) => slot.end.getTime() <= now.getTime());
    const open = new Set(whole.map((slot) => slot.hour).filter((hour) => !seeded.has(hourKey(day.localDate, hour))));
    if (day.events.some((e) => open.has(e.hour)) || day.pageViews.some((v) => open.has(v.hour))) batch.push({ day, open });
    if (batch.length === DAYS_PER_TRANSACTION) {
      await write(batch);
      batch = [];
    }
    await yieldToEventLoop(); // lets the transaction in flight move on between days
  }
  if (batch.length > 0) await write(batch);
  await writing;
  return added;
}

/** Writes the open hours of some days; run inside a transaction. */
async function insertDays(trx: Db, project: DemoProject, batch: PendingDay[]): Promise<SeedDemoResult> {
  await lockDemoDays(trx, project.id, batch.map(({ day }) => day.localDate));
  // Another seeder may have filled some of these hours since we looked.
  const first = zonedTimeToUtc(batch[0]!.day.localDate, 0, 0, 0, project.timezone);
  const last = zonedTimeToUtc(addDays(batch.at(-1)!.day.localDate, 1), 0, 0, 0, project.timezone);
  const seeded = await findSeededDemoHours(trx, project, first, last);
  const events: NewEventRow[] = [];
  const pageViews: NewPageView[] = [];
  let days = 0;
  for (const { day, open } of batch) {
    const fresh = (hour: number) => open.has(hour) && !seeded.has(hourKey(day.localDate, hour));
    const before = events.length + pageViews.length;
    for (const e of day.events) if (fresh(e.hour)) events.push(toEventRow({ projectId: project.id, source: 'server', input: e.input }));
    for (const v of day.pageViews) if (fresh(v.hour)) pageViews.push(toPageViewRow(project.id, v));
    if (events.length + pageViews.length > before) days++;
  }
  const stored = events.length > 0 ? await insertEventsSkippingDuplicates(trx, events) : [];
  return { days, events: stored.length, pageViews: await insertPageViews(trx, pageViews) };
}

function toPageViewRow(projectId: string, v: DemoPageView): NewPageView {
  return {
    projectId,
    occurredAt: v.occurredAt,
    sessionId: v.sessionId,
    anonymousId: v.anonymousId,
    url: v.url,
    path: v.path,
    referrer: v.referrer,
    trafficSource: v.trafficSource,
    utmSource: v.utmSource,
    utmMedium: v.utmMedium,
    utmCampaign: v.utmCampaign,
    props: v.props,
  };
}
