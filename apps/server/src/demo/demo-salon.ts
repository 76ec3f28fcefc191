import { pickCustomer } from './demo-people.ts';
import { makeVisit, minutesAfter, pageViewsOf, sessionStart, slotWeights, timeOfPage, visitFields, type DraftEvent, type StoryContext, type StoryDay, type Traffic, type Visit } from './demo-visits.ts';
import type { Random } from './random.ts';
import { addDays, weekdayOf } from '../kpis/local-dates.ts';
import { dayNumberOf, localPartsOf, zonedTimeToUtc } from './zoned-time.ts';

/**
 * One day of a salon in Cairo (Salon Nour): visits, mostly from Instagram, booking requests,
 * confirmations, deposits, refunds and enquiries. Closed on Fridays (the Egyptian weekend day);
 * open 10:00–21:00, and every business event happens while it is open.
 */

const ORIGIN = 'https://www.salon-nour.example';
const OPENS = 10;
const CLOSES = 21;
const FRIDAY = 5;

/** Sunday … Saturday: Thursday evening and Saturday are busy, Friday people only browse. */
const WEEKDAY = [1.0, 0.85, 0.9, 0.95, 1.25, 0.4, 1.45];
/** Local hour 0 … 23: people browse late in Cairo. */
const HOURS = [0.5, 0.3, 0.15, 0.08, 0.05, 0.05, 0.1, 0.2, 0.4, 0.7, 1.0, 1.1, 1.2, 1.2, 1.1, 1.0, 1.0, 1.1, 1.2, 1.4, 1.5, 1.4, 1.1, 0.8];
const BASE_SESSIONS = 72;
const PAID_SHARE = 0.06;

/** Prices and deposits in piastres (EGP cents). */
const SERVICES = [
  { id: 'haircut', name: 'قص وسشوار', weight: 30, deposit: 20_000 },
  { id: 'hair-color', name: 'صبغة شعر', weight: 14, deposit: 50_000 },
  { id: 'keratin', name: 'كيراتين', weight: 8, deposit: 100_000 },
  { id: 'nails', name: 'مانيكير وباديكير', weight: 20, deposit: 20_000 },
  { id: 'facial', name: 'تنظيف بشرة', weight: 10, deposit: 30_000 },
  { id: 'moroccan-bath', name: 'حمام مغربي', weight: 8, deposit: 40_000 },
  { id: 'brows', name: 'فتلة حواجب', weight: 6, deposit: 0 },
  { id: 'bridal', name: 'ميكب عروسة', weight: 4, deposit: 150_000 },
] as const;
type Service = (typeof SERVICES)[number];
const SERVICE_WEIGHTS = SERVICES.map((s) => s.weight);

const STYLISTS = ['نور', 'دينا', 'يارا', 'مي'];
const BROWSE = ['/', '/services', '/gallery', '/offers', '/about', '/services/*'];
const FAILURES = ['card_declined', 'insufficient_funds', 'expired_card'];

interface SourceOption {
  weight: number;
  intent: number;
  traffic: (rng: Random) => Traffic;
}

const SOURCES: SourceOption[] = [
  { weight: 34, intent: 1.2, traffic: () => ({ trafficSource: 'referral', utmSource: 'instagram', utmMedium: 'social', referrer: 'https://l.instagram.com/' }) },
  { weight: 24, intent: 1.1, traffic: () => ({ trafficSource: 'direct' }) },
  { weight: 18, intent: 1.0, traffic: () => ({ trafficSource: 'organic', referrer: 'https://www.google.com/' }) },
  { weight: 10, intent: 0.8, traffic: () => ({ trafficSource: 'referral', referrer: 'https://m.facebook.com/' }) },
  { weight: 3, intent: 1.3, traffic: () => ({ trafficSource: 'email', utmSource: 'newsletter', utmMedium: 'email', utmCampaign: 'monthly-offers' }) },
];
const SOURCE_WEIGHTS = SOURCES.map((s) => s.weight);
/** How many pages a visit browses: 1, 2, 3, … */
const PAGE_COUNT_WEIGHTS = [40, 28, 18, 14];

const servicePath = (s: Service) => `/services/${s.id}`;
const isOpenDay = (localDate: string) => weekdayOf(localDate) !== FRIDAY;

function isOpenAt(at: Date, timezone: string): boolean {
  const local = localPartsOf(at, timezone);
  return isOpenDay(local.date) && local.hour >= OPENS && local.hour < CLOSES;
}

/** `at` if the salon is open then, else a few minutes after it next opens. */
function whenOpen(rng: Random, at: Date, timezone: string): Date {
  if (isOpenAt(at, timezone)) return at;
  const local = localPartsOf(at, timezone);
  let date = local.hour < OPENS ? local.date : addDays(local.date, 1);
  while (!isOpenDay(date)) date = addDays(date, 1);
  return zonedTimeToUtc(date, OPENS, rng.int(5, 55), rng.int(0, 59), timezone);
}

export function generateSalonDay(ctx: StoryContext): StoryDay {
  const { rng, localDate, campaign } = ctx;
  const wave = 1 + 0.08 * Math.sin((2 * Math.PI * dayNumberOf(localDate)) / 52);
  const sessions = Math.round(BASE_SESSIONS * WEEKDAY[weekdayOf(localDate)]! * wave * (0.85 + 0.3 * rng.next()));
  const paid = Math.round(sessions * PAID_SHARE * (campaign ? 3 : 1));
  const day: StoryDay = { events: [], pageViews: [] };
  const hours = slotWeights(ctx.slots, HOURS);
  for (let i = 0; i < sessions + paid; i++) {
    if (i < sessions) {
      const source = SOURCES[rng.weighted(SOURCE_WEIGHTS)]!;
      simulateVisit(ctx, source.traffic(rng), source.intent, day, hours);
    } else {
      const utmCampaign = campaign && rng.chance(0.8) ? campaign.name : 'always-on';
      simulateVisit(ctx, { trafficSource: 'paid', utmSource: 'instagram', utmMedium: 'paidsocial', utmCampaign, referrer: 'https://l.instagram.com/' }, 1.2, day, hours);
    }
  }
  return day;
}

function simulateVisit(ctx: StoryContext, traffic: Traffic, intent: number, day: StoryDay, hours: number[]): void {
  const { rng, campaign, timezone } = ctx;
  const start = sessionStart(rng, ctx.slots, hours);
  const open = isOpenAt(start, timezone);
  const books = rng.chance(0.11 * intent * (campaign ? 1.35 : 1));
  const service = SERVICES[rng.weighted(SERVICE_WEIGHTS)]!;
  const enquires = rng.chance(0.025);

  const landing = traffic.utmCampaign && campaign && traffic.utmCampaign === campaign.name ? '/offers' : traffic.utmSource === 'instagram' ? rng.pick(['/', '/book', servicePath(service)]) : '/';
  const paths = [landing];
  const pageCount = 1 + rng.weighted(PAGE_COUNT_WEIGHTS);
  while (paths.length < pageCount) {
    const next = rng.pick(BROWSE);
    paths.push(next === '/services/*' ? servicePath(rng.pick(SERVICES)) : next);
  }
  if (books) paths.push(servicePath(service), '/book');
  if (enquires) paths.push('/contact');
  const visit = makeVisit(rng, start, traffic, paths);
  day.pageViews.push(...pageViewsOf(visit, ORIGIN));
  // Requests and enquiries are only taken while the salon is open.
  if (!open) return;
  const fields = visitFields(visit);
  if (books) addBooking(ctx, visit, fields, service, day);
  if (enquires) {
    const at = minutesAfter(rng, timeOfPage(visit, '/contact'), 0.5, 3);
    if (!isOpenAt(at, timezone)) return;
    const email = rng.chance(0.7) ? { customerEmail: pickCustomer(rng, 'services') } : {};
    const common = { ...fields, ...email, entityType: 'form_submission', entityId: `sub_${rng.id(14)}` };
    const payload = { form: 'contact', topic: rng.pick(['bridal package', 'group booking', 'gift card', 'prices']) };
    day.events.push({ at, eventType: 'form_submitted', ...common, payload });
    if (email.customerEmail) day.events.push({ at: new Date(at.getTime() + 1000), eventType: 'lead_created', ...common, payload });
  }
}

function addBooking(ctx: StoryContext, visit: Visit, fields: ReturnType<typeof visitFields>, service: Service, day: StoryDay): void {
  const { rng, timezone, localDate, currency } = ctx;
  const requestedAt = minutesAfter(rng, timeOfPage(visit, '/book'), 1, 3);
  if (!isOpenAt(requestedAt, timezone)) return;
  let appointment = addDays(localDate, rng.int(0, 10));
  while (!isOpenDay(appointment)) appointment = addDays(appointment, 1);
  const bookingId = `bk_${rng.id(16)}`;
  const booking = { ...fields, customerEmail: pickCustomer(rng, 'services'), correlationId: bookingId };
  const details = {
    booking_id: bookingId,
    service: service.name,
    service_id: service.id,
    stylist: rng.pick(STYLISTS),
    appointment_date: appointment,
    appointment_time: `${String(rng.int(OPENS, CLOSES - 2)).padStart(2, '0')}:${rng.pick(['00', '30'])}`,
  };
  day.events.push({ at: requestedAt, eventType: 'booking_requested', ...booking, entityType: 'booking', entityId: bookingId, payload: details });
  if (!rng.chance(0.8)) return;
  const confirmedAt = whenOpen(rng, minutesAfter(rng, requestedAt, 10, 180), timezone);
  day.events.push({ at: confirmedAt, eventType: 'booking_confirmed', ...booking, entityType: 'booking', entityId: bookingId, payload: details });
  if (service.deposit === 0 || !rng.chance(0.55)) return;

  const payment = { ...booking, amountCents: service.deposit, currency, entityType: 'payment', entityId: `pi_${rng.id(24)}` };
  const payload = { booking_id: bookingId, service: service.name, kind: 'deposit' };
  let paidAt = whenOpen(rng, minutesAfter(rng, confirmedAt, 5, 90), timezone);
  if (rng.chance(0.07)) {
    day.events.push({ at: paidAt, eventType: 'payment_failed', ...payment, payload: { ...payload, failureCode: rng.pick(FAILURES) } });
    if (!rng.chance(0.5)) return;
    paidAt = whenOpen(rng, minutesAfter(rng, paidAt, 10, 60), timezone);
  }
  day.events.push({ at: paidAt, eventType: 'payment_succeeded', ...payment, payload });
  if (rng.chance(0.06)) addRefund(ctx, paidAt, payment, day);
}

/** A cancelled appointment: the deposit back (or half of it) 1–4 days later, during opening hours. */
function addRefund(ctx: StoryContext, paidAt: Date, payment: Omit<DraftEvent, 'at' | 'eventType'> & { amountCents: number }, day: StoryDay): void {
  const { rng, timezone } = ctx;
  let date = addDays(localPartsOf(paidAt, timezone).date, rng.int(1, 4));
  while (!isOpenDay(date)) date = addDays(date, 1);
  const full = rng.chance(0.75);
  day.events.push({
    at: zonedTimeToUtc(date, rng.int(OPENS, CLOSES - 1), rng.int(0, 59), rng.int(0, 59), timezone),
    eventType: 'payment_refunded',
    customerEmail: payment.customerEmail!,
    amountCents: full ? payment.amountCents : Math.round(payment.amountCents / 2),
    currency: payment.currency!,
    correlationId: payment.correlationId!,
    entityType: 'charge',
    entityId: `ch_${rng.id(24)}`,
    payload: { paymentIntent: payment.entityId, reason: 'appointment_cancelled', full },
  });
}
