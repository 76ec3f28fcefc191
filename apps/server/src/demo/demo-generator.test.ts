import { isDeepStrictEqual } from 'node:util';
import { businessEventInput, MONEY_EVENT_TYPES } from '@runhub/contracts/events';
import { describe, expect, it } from 'vitest';
import { DEMO_PROJECTS } from '../accounts/demo.ts';
import { checkEventRules } from '../events/event-rules.ts';
import { generateDemoDay, generateDemoDays, type DemoDay } from './demo-generator.ts';
import { addDays, weekdayOf } from '../kpis/local-dates.ts';
import { localPartsOf, zonedTimeToUtc } from './zoned-time.ts';

const [shop, salon] = DEMO_PROJECTS;
const NOW = new Date('2026-05-20T15:37:00Z');
const SEED = 42;

function ninetyDays(project: (typeof DEMO_PROJECTS)[number], seed = SEED, now = NOW): DemoDay[] {
  const today = localPartsOf(now, project.timezone).date;
  return generateDemoDays({ ...project, seed, now, fromDate: addDays(today, -89), toDate: today });
}

const shopDays = ninetyDays(shop);
const salonDays = ninetyDays(salon);
const sessionsOf = (day: DemoDay) => new Set(day.pageViews.map((v) => v.sessionId)).size;
const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const summary = (days: DemoDay[]) => days.map((d) => [d.localDate, d.events.map((e) => `${e.input.idempotencyKey}@${e.input.occurredAt}`), d.pageViews.length]);

describe('generateDemoDay', () => {
  it('is deterministic for a seed, and another seed gives other data', () => {
    const args = { ...shop, localDate: '2026-05-11', seed: SEED, now: NOW };
    expect(generateDemoDay(args)).toEqual(generateDemoDay(args));
    expect(summary([generateDemoDay({ ...args, seed: 7 })])).not.toEqual(summary([generateDemoDay(args)]));
  });

  it('gives each day the same rows whether it is generated alone or in a range', () => {
    for (const day of shopDays.slice(40, 44)) expect(generateDemoDay({ ...shop, localDate: day.localDate, seed: SEED, now: NOW })).toEqual(day);
    expect(generateDemoDay({ ...salon, localDate: salonDays[0]!.localDate, seed: SEED, now: NOW })).toEqual(salonDays[0]);
  });

  it('produces 90 days of events that pass the ingestion schema and rules, in the project currency', () => {
    for (const [project, days] of [[shop, shopDays], [salon, salonDays]] as const) {
      // Problems are collected rather than asserted one by one: there are tens of thousands of rows.
      const problems: string[] = [];
      const keys = new Set<string>();
      for (const day of days) {
        const keyPattern = new RegExp(`^demo:${day.localDate}:\\d\\d:\\d+$`);
        for (const { hour, input } of day.events) {
          const key = input.idempotencyKey;
          const parsed = businessEventInput.safeParse(input);
          if (!parsed.success) problems.push(`${key}: ${parsed.error.message}`);
          else if (!isDeepStrictEqual(parsed.data, input)) problems.push(`${key}: changed by parsing`);
          const rule = checkEventRules(input, NOW);
          if (rule) problems.push(`${key}: ${rule.message}`);
          if (!keyPattern.test(key) || !key.includes(`:${String(hour).padStart(2, '0')}:`)) problems.push(`${key}: key does not name its day and hour`);
          const local = localPartsOf(new Date(input.occurredAt), project.timezone);
          if (local.date !== day.localDate || local.hour !== hour) problems.push(`${key}: happens at ${local.date} ${local.hour}h`);
          if (Date.parse(input.occurredAt) > NOW.getTime()) problems.push(`${key}: after now`);
          if (input.customerEmail && !/^[a-z0-9.]+@example\.(com|net|org)$/.test(input.customerEmail)) problems.push(`${key}: email ${input.customerEmail}`);
          const money = (MONEY_EVENT_TYPES as readonly string[]).includes(input.eventType);
          if (money && (input.currency !== project.currency || !(input.amountCents! > 0))) problems.push(`${key}: ${input.amountCents} ${input.currency}`);
          keys.add(key);
        }
        for (const view of day.pageViews) {
          const local = localPartsOf(view.occurredAt, project.timezone);
          if (local.date !== day.localDate || local.hour !== view.hour) problems.push(`page view ${view.url} at ${local.date} ${local.hour}h`);
          if (!/^https:\/\/www\.[a-z-]+\.example\//.test(view.url) || !(view.url.endsWith(view.path) || view.url.includes(`${view.path}?utm_`))) problems.push(`page view url ${view.url}`);
        }
      }
      expect(problems).toEqual([]);
      expect(keys.size).toBe(days.reduce((n, d) => n + d.events.length, 0));
    }
  });

  it('cuts today off at now', () => {
    const today = shopDays.at(-1)!;
    expect(today.localDate).toBe('2026-05-20');
    expect(today.pageViews.length).toBeGreaterThan(0);
    expect(Math.max(...today.pageViews.map((v) => v.occurredAt.getTime()))).toBeLessThanOrEqual(NOW.getTime());
    expect(generateDemoDay({ ...shop, localDate: '2026-05-21', seed: SEED, now: NOW })).toEqual({ localDate: '2026-05-21', events: [], pageViews: [] });
  });
});

describe('the shop (Northwind Goods, New York)', () => {
  const full = shopDays.slice(0, -1);

  it('has 150–400 sessions on a typical day, a Monday spike and quieter weekends', () => {
    const sessions = full.map(sessionsOf);
    expect(average(sessions)).toBeGreaterThan(150);
    expect(average(sessions)).toBeLessThan(400);
    const byWeekday = (w: number) => average(full.filter((d) => weekdayOf(d.localDate) === w).map(sessionsOf));
    expect(byWeekday(1)).toBeGreaterThan(byWeekday(3));
    expect(byWeekday(3)).toBeGreaterThan(byWeekday(6));
    expect(byWeekday(3)).toBeGreaterThan(byWeekday(0));
  });

  it('is busier in the evening than at 3–5 am New York time', () => {
    const views = full.flatMap((d) => d.pageViews);
    const at = (hours: number[]) => views.filter((v) => hours.includes(v.hour)).length;
    expect(at([19, 20])).toBeGreaterThan(8 * at([3, 4]));
  });

  it('runs a believable funnel: carts, checkouts, payments, failures, abandonment', () => {
    const count = (type: string) => full.reduce((n, d) => n + d.events.filter((e) => e.input.eventType === type).length, 0);
    const sessions = full.reduce((n, d) => n + sessionsOf(d), 0);
    const carts = new Set(full.flatMap((d) => d.events.filter((e) => e.input.eventType === 'add_to_cart').map((e) => e.input.sessionId))).size;
    expect(carts / sessions).toBeGreaterThan(0.06);
    expect(carts / sessions).toBeLessThan(0.12);
    expect(count('checkout_started') / carts).toBeGreaterThan(0.5);
    expect(count('checkout_started') / carts).toBeLessThan(0.7);
    expect(count('payment_succeeded') / count('checkout_started')).toBeGreaterThan(0.6);
    expect(count('payment_succeeded') / count('checkout_started')).toBeLessThan(0.8);
    for (const type of ['payment_failed', 'checkout_abandoned', 'payment_refunded', 'newsletter_subscribed', 'lead_created', 'form_submitted']) expect(count(type), type).toBeGreaterThan(0);
    for (const e of full.flatMap((d) => d.events).filter((e) => e.input.eventType === 'payment_succeeded')) {
      expect(e.input).toMatchObject({ entityType: 'payment', entityId: expect.stringMatching(/^pi_/), sessionId: expect.any(String), trafficSource: expect.any(String) });
      expect(e.input.amountCents).toBeGreaterThanOrEqual(1500);
      expect(e.input.amountCents).toBeLessThanOrEqual(25_000);
    }
  });

  it('runs two or three campaigns in 90 days, tripling paid traffic while they last', () => {
    const campaignDays = full.filter((d) => d.pageViews.some((v) => v.trafficSource === 'paid' && v.utmCampaign && !['always-on-search', 'retargeting'].includes(v.utmCampaign)));
    const names = new Set(campaignDays.flatMap((d) => d.pageViews.map((v) => v.utmCampaign).filter((c) => c && !['always-on-search', 'retargeting', 'weekly-picks'].includes(c))));
    expect(names.size).toBeGreaterThanOrEqual(2);
    expect(names.size).toBeLessThanOrEqual(3);
    const paidSessions = (d: DemoDay) => new Set(d.pageViews.filter((v) => v.trafficSource === 'paid').map((v) => v.sessionId)).size;
    const others = full.filter((d) => !campaignDays.includes(d));
    expect(average(campaignDays.map(paidSessions)) / average(others.map(paidSessions))).toBeGreaterThan(2.3);
  });
});

describe('the salon (Salon Nour, Cairo)', () => {
  const full = salonDays.slice(0, -1);

  it('has no events on Fridays and none outside 10:00–21:00 Cairo time', () => {
    const events = salonDays.flatMap((d) => d.events);
    expect(events.length).toBeGreaterThan(500);
    for (const e of events) {
      const local = localPartsOf(new Date(e.input.occurredAt), salon.timezone);
      expect(weekdayOf(local.date), e.input.idempotencyKey).not.toBe(5);
      expect(local.hour).toBeGreaterThanOrEqual(10);
      expect(local.hour).toBeLessThan(21);
    }
    const fridays = salonDays.filter((d) => weekdayOf(d.localDate) === 5);
    expect(fridays.every((d) => d.events.length === 0 && d.pageViews.length > 0)).toBe(true);
  });

  it('has 40–120 sessions on open days, Saturday the busiest, mostly from Instagram and direct', () => {
    const open = full.filter((d) => weekdayOf(d.localDate) !== 5);
    expect(average(open.map(sessionsOf))).toBeGreaterThan(40);
    expect(average(open.map(sessionsOf))).toBeLessThan(120);
    const byWeekday = (w: number) => average(full.filter((d) => weekdayOf(d.localDate) === w).map(sessionsOf));
    for (const w of [0, 1, 2, 3, 5]) expect(byWeekday(6)).toBeGreaterThan(byWeekday(w));
    const landings = full.flatMap((d) => d.pageViews.filter((v, i, all) => all.findIndex((x) => x.sessionId === v.sessionId) === i));
    const instagram = landings.filter((v) => v.utmSource === 'instagram').length;
    expect(instagram / landings.length).toBeGreaterThan(0.3);
  });

  it('confirms most booking requests and takes deposits in EGP', () => {
    const events = full.flatMap((d) => d.events.map((e) => e.input));
    const requested = events.filter((e) => e.eventType === 'booking_requested');
    const confirmed = events.filter((e) => e.eventType === 'booking_confirmed');
    expect(requested.every((e) => e.customerEmail)).toBe(true);
    expect(confirmed.length / requested.length).toBeGreaterThan(0.7);
    expect(confirmed.length / requested.length).toBeLessThan(0.9);
    const deposits = events.filter((e) => e.eventType === 'payment_succeeded');
    expect(deposits.length).toBeGreaterThan(50);
    for (const d of deposits) {
      expect(d.currency).toBe('EGP');
      expect(d.amountCents).toBeGreaterThanOrEqual(20_000);
      expect(d.amountCents).toBeLessThanOrEqual(150_000);
    }
    for (const type of ['lead_created', 'form_submitted', 'payment_failed', 'payment_refunded']) expect(events.some((e) => e.eventType === type), type).toBe(true);
  });
});

describe('refunds', () => {
  it('refund a payment made earlier, once, never for more than was paid', () => {
    for (const days of [ninetyDays(shop, 3), ninetyDays(salon, 3)]) {
      const events = days.flatMap((d) => d.events.map((e) => e.input));
      const payments = new Map(events.filter((e) => e.eventType === 'payment_succeeded').map((e) => [e.entityId, e]));
      const refunds = events.filter((e) => e.eventType === 'payment_refunded');
      // Refunds in the first week may be for payments made before the 90 days.
      const matched = refunds.filter((r) => payments.has(r.payload!.paymentIntent as string));
      expect(matched.length).toBeGreaterThan(5);
      expect(matched.length).toBeGreaterThanOrEqual(refunds.length - 4);
      for (const refund of matched) {
        const payment = payments.get(refund.payload!.paymentIntent as string)!;
        expect(refund.amountCents).toBeLessThanOrEqual(payment.amountCents!);
        expect(refund.currency).toBe(payment.currency);
        expect(refund.customerEmail).toBe(payment.customerEmail);
        expect(Date.parse(refund.occurredAt)).toBeGreaterThan(Date.parse(payment.occurredAt));
      }
      expect(new Set(matched.map((r) => r.payload!.paymentIntent)).size).toBe(matched.length);
    }
  });
});

describe('DST days', () => {
  it('New York 2026-03-08 (23 hours) has rows only within that local day, none at 02:xx', () => {
    const day = generateDemoDay({ ...shop, localDate: '2026-03-08', seed: SEED, now: NOW });
    const start = zonedTimeToUtc('2026-03-08', 0, 0, 0, shop.timezone).getTime();
    const end = zonedTimeToUtc('2026-03-09', 0, 0, 0, shop.timezone).getTime();
    expect(end - start).toBe(23 * 3_600_000);
    const times = [...day.events.map((e) => Date.parse(e.input.occurredAt)), ...day.pageViews.map((v) => v.occurredAt.getTime())];
    expect(times.length).toBeGreaterThan(300);
    for (const t of times) {
      expect(t).toBeGreaterThanOrEqual(start);
      expect(t).toBeLessThan(end);
    }
    expect([...day.events, ...day.pageViews].some((x) => x.hour === 2)).toBe(false);
  });

  it('New York 2026-11-01 (25 hours) files both 01:xx hours under hour 1', () => {
    const later = new Date('2027-01-01T00:00:00Z');
    const days = [1, 2, 3, 4, 5, 6].map((seed) => generateDemoDay({ ...shop, localDate: '2026-11-01', seed, now: later }));
    const views = days.flatMap((d) => d.pageViews);
    const repeated = views.filter((v) => v.occurredAt >= new Date('2026-11-01T05:00:00Z') && v.occurredAt < new Date('2026-11-01T07:00:00Z'));
    expect(repeated.every((v) => v.hour === 1)).toBe(true);
    expect(repeated.some((v) => v.occurredAt < new Date('2026-11-01T06:00:00Z'))).toBe(true);
    expect(repeated.some((v) => v.occurredAt >= new Date('2026-11-01T06:00:00Z'))).toBe(true);
    expect(views.every((v) => localPartsOf(v.occurredAt, shop.timezone).date === '2026-11-01')).toBe(true);
  });
});
