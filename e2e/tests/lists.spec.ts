import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import type { BusinessEvent, EventsPage } from '@runhub/contracts/events';
import { arEG } from '@runhub/i18n/ui/ar-EG';
import { findProject, logInAsDemo, type ListedProject } from './demo.ts';
import { saveScreenshots } from './screenshots.ts';

// The Transactions and Leads tabs list the API's events: every check compares what the page shows
// with the same list fetched with the page's own session.

// These tests walk through many pages each; on a busy machine the defaults are too tight.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

// The demo user has no language of its own, so Salon Nour's pages would follow the project's (Arabic):
// each test reads English unless it says otherwise, and the user is left as it was found.
test.afterEach(async ({ page }) => {
  await page.request.patch('/v1/auth/me', { data: { locale: null } });
});

const TRANSACTION_TYPES = 'payment_succeeded,payment_failed,payment_refunded,checkout_started,checkout_abandoned';
const eventsPath = (projectId: string) => `/v1/inhouse/projects/${projectId}/business-events`;

interface Timed {
  timezone: string;
}

async function fetchEvents(page: Page, projectId: string, query: Record<string, string>): Promise<EventsPage> {
  const params = new URLSearchParams({ limit: '20', orderBy: 'timeline', ...query });
  const response = await page.request.get(`${eventsPath(projectId)}?${params.toString()}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: EventsPage }).data;
}

async function projectTimezone(page: Page, projectId: string): Promise<string> {
  const response = await page.request.get(`/v1/projects/${projectId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: { project: Timed } }).data.project.timezone;
}

/** `YYYY-MM-DD` of an instant in a time zone, the way the project counts its days. */
function localDate(timeZone: string, at: number | string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(at));
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const count = (n: number) => new Intl.NumberFormat('en-US').format(n);
const money = (event: BusinessEvent) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: event.currency ?? 'USD' }).format((event.amountCents ?? 0) / 100);

function listOf(page: Page, name: 'Transactions' | 'Leads'): Locator {
  return page.getByRole('list', { name, exact: true });
}

/** The rows show exactly these events, in this order (their times are the API's instants), with their emails. */
async function expectRows(list: Locator, events: BusinessEvent[]) {
  const rows = list.getByRole('listitem');
  // Polled as a whole: the list of another filter may still be on screen for a moment, with as many rows.
  await expect.poll(() => list.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))).toEqual(events.map((e) => e.occurredAt));
  await expect(rows).toHaveCount(events.length);
  for (const [index, event] of events.entries()) {
    if (event.customerEmail) await expect(rows.nth(index)).toContainText(event.customerEmail);
  }
}

function filterLink(page: Page, nav: 'Filter transactions' | 'Filter leads', name: string): Locator {
  return page.getByRole('navigation', { name: nav }).getByRole('link', { name, exact: true });
}

function dateLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Jump to date' }).getByRole('link', { name, exact: true });
}

async function openLists(page: Page, name: string, locale = 'en'): Promise<ListedProject> {
  await logInAsDemo(page);
  expect((await page.request.patch('/v1/auth/me', { data: { locale } })).status()).toBe(200);
  return findProject(page, name);
}

test('a deep link opens the Leads tab on its filter, with the API’s first page of booking requests', async ({ page }) => {
  const salon = await openLists(page, 'Salon Nour');
  await page.goto(`/projects/${salon.id}/run?tab=leads&filter=booking_requested`);

  await expect(page.getByRole('navigation', { name: 'Run Hub sections' }).getByRole('link', { name: 'Leads' })).toHaveAttribute('aria-current', 'page');
  await expect(filterLink(page, 'Filter leads', 'Booking requests')).toHaveAttribute('aria-current', 'true');
  await expect(filterLink(page, 'Filter leads', 'Recent')).not.toHaveAttribute('aria-current', 'true');

  const bookings = await fetchEvents(page, salon.id, { eventType: 'booking_requested', includeTotal: 'true' });
  expect(bookings.events.length).toBeGreaterThan(0);
  const list = listOf(page, 'Leads');
  await expectRows(list, bookings.events);
  await expect(list.getByRole('listitem').filter({ hasNotText: 'Booking request' })).toHaveCount(0);
  await expect(page.getByText(`Showing 1–${bookings.events.length} of ${count(bookings.total ?? 0)}`, { exact: true })).toBeVisible();
  await saveScreenshots(page, 'leads-booking-requested');

  // Back to Recent (both types), then an unknown filter in the URL lands on the default.
  await filterLink(page, 'Filter leads', 'Recent').click();
  await expect(page).toHaveURL(/[?&]tab=leads$/);
  const recent = await fetchEvents(page, salon.id, { eventType: 'lead_created,booking_requested', includeTotal: 'true' });
  await expectRows(list, recent.events);
  await page.goBack();
  await expect(page).toHaveURL(/filter=booking_requested/);
  await expectRows(list, bookings.events);
  await page.goto(`/projects/${salon.id}/run?tab=leads&filter=nonsense`);
  await expect(filterLink(page, 'Filter leads', 'Recent')).toHaveAttribute('aria-current', 'true');
  await expectRows(list, recent.events);
});

test('Load more appends the next 20 transactions and counts them against the API’s total', async ({ page }) => {
  const northwind = await openLists(page, 'Northwind Goods');
  await page.goto(`/projects/${northwind.id}/run`);
  await page.getByRole('navigation', { name: 'Run Hub sections' }).getByRole('link', { name: 'Transactions' }).click();
  await expect(page).toHaveURL(/[?&]tab=transactions$/);

  const first = await fetchEvents(page, northwind.id, { eventType: TRANSACTION_TYPES, includeTotal: 'true' });
  const total = first.total ?? 0;
  expect(total).toBeGreaterThan(40);
  expect(first.nextCursor).not.toBeNull();
  const second = await fetchEvents(page, northwind.id, { eventType: TRANSACTION_TYPES, cursor: first.nextCursor ?? '' });

  const list = listOf(page, 'Transactions');
  await expectRows(list, first.events);
  await expect(page.getByText(`Showing 1–20 of ${count(total)}`, { exact: true })).toBeVisible();
  // Amounts read as money in the UI's locale, from integer cents.
  const paid = first.events.findIndex((event) => event.amountCents !== null);
  await expect(list.getByRole('listitem').nth(paid)).toContainText(money(first.events[paid]!));
  await saveScreenshots(page, 'transactions');

  await page.getByRole('button', { name: 'Load more' }).click();
  await expectRows(list, [...first.events, ...second.events]);
  await expect(page.getByText(`Showing 1–40 of ${count(total)}`, { exact: true })).toBeVisible();
});

test('jump to date shows only the chosen days in the project’s time zone', async ({ page }) => {
  const northwind = await openLists(page, 'Northwind Goods');
  const timeZone = await projectTimezone(page, northwind.id);
  await page.goto(`/projects/${northwind.id}/run?tab=transactions`);
  const list = listOf(page, 'Transactions');
  await expect(list.getByRole('listitem').first()).toBeVisible();

  const today = localDate(timeZone, Date.now());
  const yesterday = shiftDate(today, -1);
  await dateLink(page, 'Yesterday').click();
  await expect(page).toHaveURL(/[?&]when=yesterday(&|$)/);
  await expect(dateLink(page, 'Yesterday')).toHaveAttribute('aria-current', 'true');
  const ofYesterday = await fetchEvents(page, northwind.id, { eventType: TRANSACTION_TYPES, startDate: yesterday, endDate: yesterday, includeTotal: 'true' });
  expect(ofYesterday.events.length).toBeGreaterThan(0);
  expect(ofYesterday.events.every((event) => localDate(timeZone, event.occurredAt) === yesterday)).toBe(true);
  await expectRows(list, ofYesterday.events);
  await expect(page.getByText(`Showing 1–${ofYesterday.events.length} of ${count(ofYesterday.total ?? 0)}`, { exact: true })).toBeVisible();
  await saveScreenshots(page, 'transactions-yesterday');

  // A picked day, three days back, on the failed payments.
  const picked = shiftDate(today, -3);
  await filterLink(page, 'Filter transactions', 'Failed').click();
  await expect(page).toHaveURL(/filter=failed&when=yesterday/);
  const form = page.getByRole('form', { name: 'Pick a day' });
  await form.getByLabel('Day').fill(picked);
  await form.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`filter=failed&date=${picked}(&|$)`));
  const ofPicked = await fetchEvents(page, northwind.id, { eventType: 'payment_failed', startDate: picked, endDate: picked, includeTotal: 'true' });
  expect(ofPicked.events.every((event) => localDate(timeZone, event.occurredAt) === picked)).toBe(true);
  if (ofPicked.events.length > 0) await expectRows(list, ofPicked.events);
  else await expect(page.getByRole('heading', { name: /^No failed payments on / })).toBeVisible();

  // Back returns to yesterday's failed payments; a day with nothing says so, for that filter and day.
  await page.goBack();
  await expect(page).toHaveURL(/filter=failed&when=yesterday/);
  await expect(form.getByLabel('Day')).toHaveValue('');
  await form.getByLabel('Day').fill('2001-01-01');
  await form.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { name: 'No failed payments on Jan 1, 2001' })).toBeVisible();
  await expect(list).toHaveCount(0);
  await saveScreenshots(page, 'transactions-empty-day');
  await page.getByRole('link', { name: 'Show all dates' }).click();
  await expect(page).toHaveURL(/[?&]tab=transactions&filter=failed$/);
  const failed = await fetchEvents(page, northwind.id, { eventType: 'payment_failed' });
  await expectRows(list, failed.events);
});

test('the failed-payments alert opens Transactions on the failed filter, listing those payments', async ({ page, request }) => {
  const email = `lists-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  expect((await page.request.post('/v1/auth/signup', { data: { email, password: 'correct-horse-battery', name: 'Lists Owner' } })).status()).toBe(201);
  const created = await page.request.post('/v1/projects', {
    data: { name: 'Failing Shop', industry: 'ecommerce', timezone: 'Europe/Paris', currency: 'EUR', locale: 'en' },
  });
  expect(created.status()).toBe(201);
  const projectId = ((await created.json()) as { data: { project: { id: string } } }).data.project.id;
  const keyResponse = await page.request.post(`/v1/projects/${projectId}/api-keys`, { data: { kind: 'secret', label: 'Checkout server' } });
  expect(keyResponse.status()).toBe(201);
  const secret = ((await keyResponse.json()) as { data: { apiKey: { key: string } } }).data.apiKey.key;
  expect(secret).toMatch(/^sk_/);

  // Three failed payments, sent by the shop's server with its secret key (no session).
  const customers = ['ana@example.com', 'bo@example.com', 'chen@example.com'];
  for (const [index, customerEmail] of customers.entries()) {
    const sent = await request.post(eventsPath(projectId), {
      headers: { authorization: `Bearer ${secret}` },
      data: {
        eventType: 'payment_failed',
        occurredAt: new Date(Date.now() - index * 60_000).toISOString(),
        idempotencyKey: `lists-e2e-${projectId}-${index}`,
        customerEmail,
        amountCents: 1250 * (index + 1),
        currency: 'EUR',
        payload: { failureCode: 'card_declined' },
      },
    });
    expect(sent.status()).toBe(201);
  }

  await page.addInitScript((id) => localStorage.setItem(`runhub:setup-dismissed:${id}`, '1'), projectId);
  await page.goto(`/projects/${projectId}/run`);
  const alert = page.getByRole('region', { name: 'Needs attention' }).getByRole('listitem').filter({ hasText: '3 payments failed in the last 24 hours' });
  // The KPI rollup is debounced by a few seconds: look again until the alert is there.
  await expect(async () => {
    await page.reload();
    await expect(alert).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await alert.getByRole('link', { name: 'View failed payments' }).click();

  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/run\\?tab=transactions&filter=failed$`));
  await expect(filterLink(page, 'Filter transactions', 'Failed')).toHaveAttribute('aria-current', 'true');
  const failed = await fetchEvents(page, projectId, { eventType: 'payment_failed' });
  expect(failed.events.map((event) => event.customerEmail)).toEqual(customers);
  const list = listOf(page, 'Transactions');
  await expectRows(list, failed.events);
  await expect(list.getByRole('listitem').first()).toContainText('Payment failed');
  await expect(list.getByRole('listitem').first()).toContainText('€12.50');
  await expect(page.getByText('Showing 1–3 of 3', { exact: true })).toBeVisible();
  await saveScreenshots(page, 'transactions-failed');

  // Nothing refunded yet: said for that filter, with the way back to everything.
  await filterLink(page, 'Filter transactions', 'Refunded').click();
  await expect(page.getByRole('heading', { name: 'No refunds yet' })).toBeVisible();
  await expect(list).toHaveCount(0);
  await saveScreenshots(page, 'transactions-empty-refunds');
  await page.getByRole('link', { name: 'Show all transactions' }).click();
  await expect(page).toHaveURL(/[?&]tab=transactions$/);
  await expectRows(list, failed.events);
});

test('a row opens a drawer with every field of its event; it survives a refresh and Esc closes it', async ({ page }) => {
  const northwind = await openLists(page, 'Northwind Goods');
  const timeZone = await projectTimezone(page, northwind.id);
  await page.goto(`/projects/${northwind.id}/run?tab=transactions&filter=failed`);
  const failed = await fetchEvents(page, northwind.id, { eventType: 'payment_failed' });
  const event = failed.events[0]!;
  const row = listOf(page, 'Transactions').getByRole('link').first();
  await expect(row).toContainText(event.customerEmail ?? 'Payment failed');
  await row.click();

  const drawer = page.getByRole('dialog', { name: 'Payment failed' });
  await expect(drawer).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${event.publicId}(&|$)`));
  await expectDrawerFields(drawer, event, timeZone);
  await saveScreenshots(page, 'transaction-drawer');

  // The opened event is in the URL, so a refresh opens it again; Esc closes it and gives focus back to its row.
  await page.reload();
  await expect(drawer).toBeVisible();
  await expectDrawerFields(drawer, event, timeZone);
  const rowOfEvent = page.locator(`[data-event-id="${event.publicId}"]`);
  await expect(rowOfEvent).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page).not.toHaveURL(/[?&]event=/);
  await expect(rowOfEvent).toBeFocused();

  // From a row again, Esc goes back to the list's own address.
  await row.click();
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page).toHaveURL(/[?&]tab=transactions&filter=failed$/);
  await expect(row).toBeFocused();

  // An event that is not among the loaded rows is fetched by its id; an unknown id says so.
  const lead = (await fetchEvents(page, northwind.id, { eventType: 'lead_created', limit: '1' })).events[0]!;
  await page.goto(`/projects/${northwind.id}/run?tab=transactions&filter=refunded&event=${lead.publicId}`);
  const leadDrawer = page.getByRole('dialog', { name: 'New lead' });
  await expect(leadDrawer).toBeVisible();
  await expectDrawerFields(leadDrawer, lead, timeZone);
  await page.goto(`/projects/${northwind.id}/run?tab=transactions&event=evt_zzzzzzz`);
  await expect(page.getByRole('dialog', { name: 'Event details' })).toContainText('This event couldn’t be found.');
});

test('a lead’s drawer shows its traffic and campaign', async ({ page }) => {
  const salon = await openLists(page, 'Salon Nour');
  const timeZone = await projectTimezone(page, salon.id);
  await page.goto(`/projects/${salon.id}/run?tab=leads`);
  const leads = await fetchEvents(page, salon.id, { eventType: 'lead_created,booking_requested' });
  const index = Math.max(0, leads.events.findIndex((event) => event.utmSource !== null));
  const lead = leads.events[index]!;
  await listOf(page, 'Leads').getByRole('link').nth(index).click();
  const drawer = page.getByRole('dialog', { name: lead.eventType === 'lead_created' ? 'New lead' : 'Booking request' });
  await expect(drawer).toBeVisible();
  await expectDrawerFields(drawer, lead, timeZone);
  if (lead.utmSource) await expect(field(drawer, 'UTM source')).toHaveText(lead.utmSource);
  await saveScreenshots(page, 'lead-drawer');
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(drawer).toBeHidden();
});

test('changing the filter cancels the request in flight, and its late answer never replaces the new rows', async ({ page }) => {
  const northwind = await openLists(page, 'Northwind Goods');
  await page.goto(`/projects/${northwind.id}/run?tab=transactions`);
  const list = listOf(page, 'Transactions');
  await expect(list.getByRole('listitem').first()).toBeVisible();

  // Hold the failed payments' answer until the refunds are on screen, then let it go.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  await page.route(/business-events\?eventType=payment_failed&/, async (route) => {
    held = true;
    await released;
    await route.continue().catch(() => undefined);
  });
  const aborted = page.waitForEvent('requestfailed', (req) => req.url().includes('eventType=payment_failed'));

  await filterLink(page, 'Filter transactions', 'Failed').click();
  await expect.poll(() => held).toBe(true);
  await filterLink(page, 'Filter transactions', 'Refunded').click();
  expect((await aborted).failure()?.errorText).toMatch(/ABORTED/);

  const refunds = await fetchEvents(page, northwind.id, { eventType: 'payment_refunded', includeTotal: 'true' });
  await expectRows(list, refunds.events);
  release();
  await page.unrouteAll({ behavior: 'wait' });
  await expect(filterLink(page, 'Filter transactions', 'Refunded')).toHaveAttribute('aria-current', 'true');
  await expectRows(list, refunds.events);
  await expect(list.getByRole('listitem').filter({ hasNotText: 'Refunded' })).toHaveCount(0);
});

test('a list that fails to load says so, and Try again loads it', async ({ page }) => {
  const northwind = await openLists(page, 'Northwind Goods');
  let refused = 0;
  await page.route(/business-events\?eventType=payment_refunded&/, async (route) => {
    refused += 1;
    await route.fulfill({ status: 500, json: { ok: false, error: { code: 'internal_error', message: 'boom' } } });
  });
  await page.goto(`/projects/${northwind.id}/run?tab=transactions&filter=refunded`);
  const error = page.getByRole('alert').filter({ hasText: 'Something went wrong on our side. Please try again.' });
  await expect(error).toBeVisible();
  expect(refused).toBeGreaterThan(0);
  await expect(listOf(page, 'Transactions')).toHaveCount(0);

  await page.unrouteAll({ behavior: 'wait' });
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(error).toBeHidden();
  const refunds = await fetchEvents(page, northwind.id, { eventType: 'payment_refunded' });
  await expectRows(listOf(page, 'Transactions'), refunds.events);
});

test('in Arabic the lists read right to left, with translated labels', async ({ page }) => {
  const salon = await openLists(page, 'Salon Nour', 'ar-EG');
  await page.goto(`/projects/${salon.id}/run?tab=leads&filter=booking_requested`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const filters = page.getByRole('navigation', { name: arEG['lists.filter.leadsLabel'] });
  await expect(filters.getByRole('link', { name: arEG['lists.filter.bookingRequested'] })).toHaveAttribute('aria-current', 'true');
  const list = page.getByRole('list', { name: arEG['run.tabs.leads'] });
  await expect(list.getByRole('listitem').first()).toContainText(arEG['lists.type.booking_requested']);
  // The first filter sits at the right edge in RTL.
  const first = await filters.getByRole('link').first().boundingBox();
  const last = await filters.getByRole('link').last().boundingBox();
  expect(first!.x).toBeGreaterThan(last!.x);
  await saveScreenshots(page, 'leads-ar-EG');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });

  await list.getByRole('link').first().click();
  const drawer = page.getByRole('dialog', { name: arEG['lists.type.booking_requested'] });
  await expect(drawer).toBeVisible();
  // The drawer opens from the inline end: the left edge in Arabic.
  expect((await drawer.boundingBox())!.x).toBeLessThan(10);
  await saveScreenshots(page, 'lead-drawer-ar-EG');
});

/** The value of one field in the drawer, found by its label. */
function field(drawer: Locator, label: string): Locator {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return drawer.locator('dt').filter({ hasText: exact }).locator('xpath=following-sibling::dd[1]');
}

/** The drawer's fields against the API's event: ids, times in the project's zone, money, customer, traffic, payload. */
async function expectDrawerFields(drawer: Locator, event: BusinessEvent, timeZone: string) {
  await expect(field(drawer, 'Event ID')).toHaveText(event.publicId);
  await expect(field(drawer, 'Idempotency key')).toHaveText(event.idempotencyKey);
  const happened = new Intl.DateTimeFormat('en-US', { timeZone, dateStyle: 'full', timeStyle: 'medium' }).format(new Date(event.occurredAt));
  await expect(field(drawer, 'Happened')).toHaveText(`${happened} (${timeZone})`);
  await expect(field(drawer, 'Amount')).toHaveText(event.amountCents === null ? /Not given/ : money(event));
  await expect(field(drawer, 'Email')).toHaveText(event.customerEmail ?? /Not given/);
  await expect(field(drawer, 'Session ID')).toHaveText(event.sessionId ?? /Not given/);
  for (const [key, value] of Object.entries(event.payload)) {
    if (typeof value === 'string' || typeof value === 'number') await expect(field(drawer, key)).toHaveText(String(value));
  }
}
