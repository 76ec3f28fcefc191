import { pickCustomer } from './demo-people.ts';
import { makeVisit, minutesAfter, pageViewsOf, sessionStart, slotWeights, timeOfPage, visitFields, type DraftEvent, type StoryContext, type StoryDay, type Traffic, type Visit } from './demo-visits.ts';
import type { Random } from './random.ts';
import { addDays, weekdayOf } from '../kpis/local-dates.ts';
import { dayNumberOf, zonedTimeToUtc } from './zoned-time.ts';

/** One day of an online shop (Northwind Goods): visits, carts, checkouts, payments, refunds, signups. */

const ORIGIN = 'https://www.northwind-goods.example';

/** Sunday … Saturday: a Monday spike, quiet weekends for this shop. */
const WEEKDAY = [0.8, 1.25, 1.1, 1.05, 1.0, 0.95, 0.72];
/** Local hour 0 … 23: asleep at night, a lunch bump, the evening peak. */
const HOURS = [0.35, 0.2, 0.12, 0.08, 0.07, 0.1, 0.25, 0.5, 0.8, 1.0, 1.05, 1.1, 1.2, 1.15, 1.05, 1.0, 1.05, 1.2, 1.45, 1.7, 1.8, 1.6, 1.1, 0.65];
const BASE_SESSIONS = 225;
const PAID_SHARE = 0.14;

const PRODUCTS = [
  { sku: 'NW-101', slug: 'linen-throw-blanket', price: 6800 },
  { sku: 'NW-102', slug: 'ceramic-pour-over-set', price: 4200 },
  { sku: 'NW-103', slug: 'walnut-serving-board', price: 5400 },
  { sku: 'NW-104', slug: 'wool-blend-scarf', price: 3900 },
  { sku: 'NW-105', slug: 'beeswax-candle-trio', price: 2400 },
  { sku: 'NW-106', slug: 'stoneware-mug', price: 1800 },
  { sku: 'NW-107', slug: 'leather-card-wallet', price: 4500 },
  { sku: 'NW-108', slug: 'cotton-waffle-towel', price: 2900 },
  { sku: 'NW-109', slug: 'copper-watering-can', price: 7600 },
  { sku: 'NW-110', slug: 'rattan-storage-basket', price: 5200 },
  { sku: 'NW-111', slug: 'organic-tea-sampler', price: 1900 },
  { sku: 'NW-112', slug: 'cast-iron-skillet', price: 8900 },
  { sku: 'NW-113', slug: 'merino-throw-pillow', price: 4900 },
  { sku: 'NW-114', slug: 'glass-carafe', price: 3200 },
  { sku: 'NW-115', slug: 'oak-desk-organizer', price: 6100 },
  { sku: 'NW-116', slug: 'weekend-tote-bag', price: 12500 },
] as const;
type Product = (typeof PRODUCTS)[number];
/** How many different products a cart holds: 1, 2, 3. */
const LINE_COUNT_WEIGHTS = [60, 28, 12];

const BROWSE = ['/', '/collections/all', '/collections/new', '/about', '/products', '/products', '/products'];
const FAILURES = ['card_declined', 'insufficient_funds', 'expired_card', 'incorrect_cvc'];
const REFUND_REASONS = ['requested_by_customer', 'damaged_in_transit', 'wrong_size', 'duplicate'];

const EMAIL_INTENT = 1.6;
const newsletterTraffic = (campaign: string | undefined): Traffic => ({ trafficSource: 'email', utmSource: 'newsletter', utmMedium: 'email', utmCampaign: campaign ?? 'weekly-picks' });

interface SourceOption {
  weight: number;
  /** How much likelier than average a visit from here is to buy. */
  intent: number;
  traffic: (rng: Random, campaign: string | undefined) => Traffic;
}

const SOURCES: SourceOption[] = [
  { weight: 30, intent: 1.2, traffic: () => ({ trafficSource: 'direct' }) },
  { weight: 28, intent: 0.9, traffic: () => ({ trafficSource: 'organic', referrer: 'https://www.google.com/' }) },
  { weight: 3, intent: 0.9, traffic: () => ({ trafficSource: 'organic', referrer: 'https://www.bing.com/' }) },
  { weight: 6, intent: EMAIL_INTENT, traffic: (_, campaign) => newsletterTraffic(campaign) },
  {
    weight: 9,
    intent: 0.8,
    traffic: (rng) => ({ trafficSource: 'referral', referrer: rng.pick(['https://www.pinterest.com/', 'https://www.reddit.com/r/BuyItForLife/', 'https://giftguide.example.org/best-home-gifts', 'https://www.instagram.com/']) }),
  },
];
const SOURCE_WEIGHTS = SOURCES.map((s) => s.weight);
/** How many pages a visit browses: 1, 2, 3, … */
const PAGE_COUNT_WEIGHTS = [35, 22, 16, 12, 9, 6];

function paidTraffic(rng: Random, campaign: string | undefined): Traffic {
  const google = rng.chance(0.62);
  const name = campaign && rng.chance(0.7) ? campaign : google ? 'always-on-search' : 'retargeting';
  return google
    ? { trafficSource: 'paid', utmSource: 'google', utmMedium: 'cpc', utmCampaign: name, referrer: 'https://www.google.com/' }
    : { trafficSource: 'paid', utmSource: 'facebook', utmMedium: 'paidsocial', utmCampaign: name, referrer: 'https://l.facebook.com/' };
}

const productPath = (p: Product) => `/products/${p.slug}`;

function landingPath(rng: Random, traffic: Traffic, campaign: string | undefined): string {
  if (campaign && traffic.utmCampaign === campaign) return '/collections/sale';
  if (traffic.trafficSource === 'paid' || traffic.trafficSource === 'referral') return productPath(rng.pick(PRODUCTS));
  if (traffic.trafficSource === 'email') return '/collections/new';
  if (traffic.trafficSource === 'organic') return rng.pick(['/', productPath(rng.pick(PRODUCTS)), '/blog/caring-for-linen']);
  return '/';
}

export function generateShopDay(ctx: StoryContext): StoryDay {
  const { rng, localDate, campaign } = ctx;
  const wave = 1 + 0.07 * Math.sin((2 * Math.PI * dayNumberOf(localDate)) / 45);
  const sessions = Math.round(BASE_SESSIONS * WEEKDAY[weekdayOf(localDate)]! * wave * (0.88 + 0.24 * rng.next()));
  // During a campaign paid traffic triples, and its first two days bring a newsletter blast.
  const paid = Math.round(sessions * PAID_SHARE * (campaign ? 3 : 1));
  const blast = campaign && campaign.dayIndex < 2 ? Math.round(sessions * 0.12) : 0;
  const day: StoryDay = { events: [], pageViews: [] };
  const hours = slotWeights(ctx.slots, HOURS);
  for (let i = 0; i < sessions + paid + blast; i++) {
    let traffic: Traffic;
    let intent = 1;
    if (i < sessions) {
      const source = SOURCES[rng.weighted(SOURCE_WEIGHTS)]!;
      traffic = source.traffic(rng, undefined);
      intent = source.intent;
    } else if (i < sessions + paid) {
      traffic = paidTraffic(rng, campaign?.name);
    } else {
      traffic = newsletterTraffic(campaign?.name);
      intent = EMAIL_INTENT;
    }
    simulateVisit(ctx, traffic, intent, day, hours);
  }
  return day;
}

function simulateVisit(ctx: StoryContext, traffic: Traffic, intent: number, day: StoryDay, hours: number[]): void {
  const { rng, campaign } = ctx;
  const bump = campaign ? 1.3 : 1;
  const carts = rng.chance(0.08 * intent * bump);
  const pageCount = 1 + rng.weighted(PAGE_COUNT_WEIGHTS);
  const paths = [landingPath(rng, traffic, campaign?.name)];
  while (paths.length < pageCount) {
    const next = rng.pick(BROWSE);
    paths.push(next === '/products' ? productPath(rng.pick(PRODUCTS)) : next);
  }
  const contact = rng.chance(0.0035);
  if (contact) paths.push('/contact');

  const items: { product: Product; quantity: number }[] = [];
  let checkout = false;
  if (carts) {
    const lines = 1 + rng.weighted(LINE_COUNT_WEIGHTS);
    while (items.length < lines) {
      const product = rng.pick(PRODUCTS);
      if (!items.some((it) => it.product === product)) items.push({ product, quantity: rng.chance(0.15) ? 2 : 1 });
    }
    for (const it of items) paths.push(productPath(it.product));
    paths.push('/cart');
    checkout = rng.chance(0.6);
    if (checkout) paths.push('/checkout');
  }
  const visit = makeVisit(rng, sessionStart(rng, ctx.slots, hours), traffic, paths);
  const fields = visitFields(visit);

  if (rng.chance(traffic.trafficSource === 'email' ? 0.002 : 0.011)) {
    const at = minutesAfter(rng, visit.pages[0]!.at, 0.2, 1.5);
    day.events.push({ at, eventType: 'newsletter_subscribed', ...fields, customerEmail: pickCustomer(rng, 'ecommerce'), payload: { list: 'newsletter', form: rng.pick(['footer', 'popup']) } });
  }
  if (contact) {
    const at = minutesAfter(rng, timeOfPage(visit, '/contact'), 0.5, 3);
    const submission = `sub_${rng.id(14)}`;
    const common = { ...fields, customerEmail: pickCustomer(rng, 'ecommerce'), entityType: 'form_submission', entityId: submission };
    const payload = { form: 'contact', topic: rng.pick(['wholesale', 'order question', 'corporate gifts', 'press']) };
    day.events.push({ at, eventType: 'form_submitted', ...common, payload }, { at: new Date(at.getTime() + 1000), eventType: 'lead_created', ...common, payload });
  }
  const paidAt = carts ? addPurchase(ctx, visit, fields, items, checkout, day) : undefined;
  if (paidAt) visit.pages.push({ path: '/checkout/thank-you', at: new Date(paidAt.getTime() + 2000) });
  day.pageViews.push(...pageViewsOf(visit, ORIGIN));
}

function addPurchase(ctx: StoryContext, visit: Visit, fields: ReturnType<typeof visitFields>, items: { product: Product; quantity: number }[], checkout: boolean, day: StoryDay): Date | undefined {
  const { rng, currency, campaign } = ctx;
  const cartId = `cart_${rng.id(16)}`;
  const cart = { ...fields, correlationId: cartId };
  for (const it of items) {
    const at = minutesAfter(rng, timeOfPage(visit, productPath(it.product)), 0.1, 1);
    day.events.push({ at, eventType: 'add_to_cart', ...cart, entityType: 'cart', entityId: cartId, payload: { cart_id: cartId, sku: it.product.sku, quantity: it.quantity, price_cents: it.product.price } });
  }
  if (!checkout) return undefined;
  const discount = campaign ? 0.8 : 1;
  const amount = Math.min(25_000, Math.max(1500, Math.round(items.reduce((sum, it) => sum + it.product.price * it.quantity, 0) * discount)));
  const lines = items.map((it) => ({ sku: it.product.sku, quantity: it.quantity, price_cents: it.product.price }));
  const email = pickCustomer(rng, 'ecommerce');
  const checkoutId = `cs_${rng.id(24)}`;
  const startedAt = timeOfPage(visit, '/checkout');
  const knownEmail = rng.chance(0.75) ? { customerEmail: email } : {};
  day.events.push({ at: startedAt, eventType: 'checkout_started', ...cart, ...knownEmail, amountCents: amount, currency, entityType: 'checkout', entityId: checkoutId, payload: { cart_id: cartId, items: lines } });

  const paymentId = `pi_${rng.id(24)}`;
  const payment = { ...cart, customerEmail: email, amountCents: amount, currency, entityType: 'payment', entityId: paymentId };
  const outcome = rng.next();
  const succeeds = campaign ? 0.71 : 0.65;
  if (outcome < succeeds + 0.05 && outcome >= succeeds) {
    const failedAt = minutesAfter(rng, startedAt, 1, 5);
    day.events.push({ at: failedAt, eventType: 'payment_failed', ...payment, payload: { cart_id: cartId, checkout_id: checkoutId, failureCode: rng.pick(FAILURES) } });
    // Some customers fix their card and pay a few minutes later.
    return rng.chance(0.4) ? addPayment(ctx, minutesAfter(rng, failedAt, 2, 6), payment, cartId, checkoutId, day) : undefined;
  }
  if (outcome < succeeds) return addPayment(ctx, minutesAfter(rng, startedAt, 1, 6), payment, cartId, checkoutId, day);
  day.events.push({ at: minutesAfter(rng, startedAt, 55, 75), eventType: 'checkout_abandoned', ...cart, ...knownEmail, amountCents: amount, currency, entityType: 'checkout', entityId: checkoutId, payload: { cart_id: cartId, items: lines } });
  return undefined;
}

function addPayment(ctx: StoryContext, at: Date, payment: Omit<DraftEvent, 'at' | 'eventType'> & { amountCents: number }, cartId: string, checkoutId: string, day: StoryDay): Date {
  const { rng, localDate, timezone } = ctx;
  day.events.push({ at, eventType: 'payment_succeeded', ...payment, payload: { cart_id: cartId, checkout_id: checkoutId, payment_method: rng.pick(['card', 'card', 'card', 'apple_pay', 'paypal']) } });
  if (!rng.chance(0.04)) return at;
  // Refunds are handled by staff 1–5 days later, during office hours.
  const refundAt = zonedTimeToUtc(addDays(localDate, rng.int(1, 5)), rng.int(9, 17), rng.int(0, 59), rng.int(0, 59), timezone);
  const full = rng.chance(0.55);
  const refunded = full ? payment.amountCents : Math.round(payment.amountCents * (0.2 + 0.6 * rng.next()));
  day.events.push({
    at: refundAt,
    eventType: 'payment_refunded',
    customerEmail: payment.customerEmail!,
    amountCents: refunded,
    currency: payment.currency!,
    correlationId: cartId,
    entityType: 'charge',
    entityId: `ch_${rng.id(24)}`,
    payload: { paymentIntent: payment.entityId, cart_id: cartId, reason: rng.pick(REFUND_REASONS), full },
  });
  return at;
}
