import { expect, test, type Locator, type Page } from '@playwright/test';
import { findProject, logInAsDemo, type ListedProject } from './demo.ts';
import { saveScreenshots } from './screenshots.ts';
import type { OverviewPayload } from '@runhub/contracts/kpis';
import { METRICS, VERTICAL_KPI_CARDS, type MetricId } from '@runhub/contracts/metric-definitions';
import { en } from '@runhub/i18n/ui/en';

// The Run Hub overview shows the API's numbers: each card is checked against the same
// overview fetched with the page's own session, formatted the way a person reads it.
async function fetchOverview(page: Page, projectId: string, query: string): Promise<OverviewPayload> {
  const response = await page.request.get(`/v1/inhouse/projects/${projectId}/run/overview?${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: OverviewPayload }).data;
}

/** What a card should read, in en-US: money from integer cents, counts whole, the rate in percent. */
function expectedValue(metric: MetricId, overview: OverviewPayload): string | null {
  const value = overview.kpis[metric].current;
  if (value === null) return null;
  switch (METRICS[metric].unit) {
    case 'money':
      return new Intl.NumberFormat('en-US', { style: 'currency', currency: overview.currency }).format(value / 100);
    case 'count':
      return new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value);
    case 'ratio':
      return new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(value);
  }
}

/** The sentence read out for the change, which also names its tone (context-aware: fewer refunds is good). */
function expectedDelta(metric: MetricId, overview: OverviewPayload): string {
  const { current, previous, changePercent, goodDirection } = overview.kpis[metric];
  const label = overview.comparison.label;
  if (changePercent === null) return !previous && current !== null && current > 0 ? `New: none ${label}` : `Nothing to compare ${label}`;
  if (changePercent === 0) return `No change ${label}`;
  const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(Math.abs(changePercent) / 100);
  const direction = changePercent > 0 ? 'up' : 'down';
  return `${direction === 'up' ? 'Up' : 'Down'} ${percent} ${label}, ${direction === goodDirection ? 'good' : 'bad'}`;
}

function kpiCards(page: Page): Locator {
  return page.getByRole('list', { name: 'Key numbers' });
}

/** Every card of the project's vertical pack, in order, shows the API's value, change and comparison. */
async function expectCardsToMatch(page: Page, project: ListedProject, overview: OverviewPayload) {
  const metrics = VERTICAL_KPI_CARDS[project.industry];
  await expect(kpiCards(page).getByRole('heading', { level: 3 })).toHaveText(metrics.map((metric) => en[`metrics.${metric}`]));
  await expect(page.getByText(overview.comparison.label, { exact: true })).toBeVisible();
  for (const metric of metrics) {
    const card = kpiCards(page).getByRole('listitem', { name: en[`metrics.${metric}`] });
    const value = expectedValue(metric, overview);
    // No value (a conversion rate without checkouts) shows a dash, read out as "No value".
    if (value === null) await expect(card).toContainText('No value');
    else await expect(card.getByText(value, { exact: true })).toBeVisible();
    await expect(card).toContainText(expectedDelta(metric, overview));
    await expect(card.getByRole('img', { name: new RegExp(`^${en[`metrics.${metric}`]} by day`) })).toBeVisible();
  }
}

function rangeLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Date range' }).getByRole('link', { name, exact: true });
}

test('the overview shows the API’s numbers for each range, and the range lives in the URL', async ({ page }) => {
  await logInAsDemo(page);
  const northwind = await findProject(page, 'Northwind Goods');

  // The old project address now opens the Run Hub's settings; the Overview is its first tab.
  await page.goto(`/projects/${northwind.id}`);
  await expect(page).toHaveURL(new RegExp(`/projects/${northwind.id}/run\\?tab=settings$`));
  await page.getByRole('navigation', { name: 'Run Hub sections' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${northwind.id}/run\\?tab=overview&range=today$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Northwind Goods' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Run Hub sections' }).getByRole('link')).toHaveText(['Overview', 'Transactions', 'Leads', 'Settings']);

  // Today by default, compared with the same weekday a week before, by the same time of day.
  const today = await fetchOverview(page, northwind.id, 'range=today');
  expect(today.comparison.labelKey).toBe('comparison.sameWeekdaySoFar');
  await expect(rangeLink(page, 'Today')).toHaveAttribute('aria-current', 'true');
  await expectCardsToMatch(page, northwind, today);
  await expect(page.getByText(/^Updated /)).toBeVisible();
  const connections = page.getByRole('region', { name: 'Connections' });
  await expect(connections).toContainText('Tracking');
  await expect(connections).toContainText('Payments');
  await expect(page.getByRole('heading', { name: 'Needs attention' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Next actions' })).toBeVisible();
  // Checking the tracking setup opens the setup wizard over the overview.
  await expect(page.getByRole('list', { name: 'Next actions' }).getByRole('link', { name: 'Check your tracking setup' })).toHaveAttribute(
    'href',
    `/projects/${northwind.id}/run?tab=overview&setup=open`,
  );
  await expect(page.getByText(/coming soon/i)).toHaveCount(0);

  // Last 7 days: other figures, compared with the 7 days before.
  await rangeLink(page, 'Last 7 days').click();
  await expect(page).toHaveURL(/[?&]range=last7(&|$)/);
  const last7 = await fetchOverview(page, northwind.id, 'range=last7');
  expect(last7.comparison.label).toBe('vs previous 7 days at this time');
  expect(last7.kpis.revenue.current).not.toBe(today.kpis.revenue.current);
  await expect(rangeLink(page, 'Last 7 days')).toHaveAttribute('aria-current', 'true');
  await expectCardsToMatch(page, northwind, last7);
  await saveScreenshots(page, 'overview');

  // A deep link lands on its range at first load.
  await page.goto(`/projects/${northwind.id}/run?range=last30`);
  const last30 = await fetchOverview(page, northwind.id, 'range=last30');
  expect(last30.comparison.label).toBe('vs previous 30 days at this time');
  await expect(rangeLink(page, 'Last 30 days')).toHaveAttribute('aria-current', 'true');
  await expectCardsToMatch(page, northwind, last30);

  // Back and forward move between ranges.
  await rangeLink(page, 'Yesterday').click();
  await expect(page).toHaveURL(/[?&]range=yesterday(&|$)/);
  const yesterday = await fetchOverview(page, northwind.id, 'range=yesterday');
  await expectCardsToMatch(page, northwind, yesterday);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]range=last30(&|$)/);
  await expect(rangeLink(page, 'Last 30 days')).toHaveAttribute('aria-current', 'true');
  await expectCardsToMatch(page, northwind, last30);
  await page.goForward();
  await expect(page).toHaveURL(/[?&]range=yesterday(&|$)/);
  await expect(rangeLink(page, 'Yesterday')).toHaveAttribute('aria-current', 'true');
  await expectCardsToMatch(page, northwind, yesterday);
});

test('a custom range is validated, then shows the API’s numbers for those days', async ({ page }) => {
  await logInAsDemo(page);
  const northwind = await findProject(page, 'Northwind Goods');
  const last7 = await fetchOverview(page, northwind.id, 'range=last7');
  await page.goto(`/projects/${northwind.id}/run?tab=overview&range=last7`);
  await expectCardsToMatch(page, northwind, last7);

  await page.getByRole('button', { name: 'Custom' }).click();
  const form = page.getByRole('form', { name: 'Custom range' });
  // Prefilled with the days on screen; an end before the start is refused.
  await expect(form.getByLabel('From')).toHaveValue(last7.range.startDate);
  await expect(form.getByLabel('To')).toHaveValue(last7.range.endDate);
  await form.getByLabel('To').fill(shiftDate(last7.range.startDate, -1));
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(form).toContainText('The start date must be on or before the end date.');
  await expect(page).toHaveURL(/[?&]range=last7(&|$)/);

  // Three days ending a week ago.
  const startDate = shiftDate(last7.range.startDate, -3);
  const endDate = shiftDate(last7.range.startDate, -1);
  await form.getByLabel('From').fill(startDate);
  await form.getByLabel('To').fill(endDate);
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`range=custom&startDate=${startDate}&endDate=${endDate}`));
  const custom = await fetchOverview(page, northwind.id, `range=custom&startDate=${startDate}&endDate=${endDate}`);
  expect(custom.comparison.label).toBe('vs previous 3 days');
  await expectCardsToMatch(page, northwind, custom);
});

test('Salon Nour shows its own vertical pack in Egyptian pounds', async ({ page }) => {
  await logInAsDemo(page);
  // The demo owner has no language of their own, so Salon Nour would open in its own (ar-EG).
  expect((await page.request.patch('/v1/auth/me', { data: { locale: 'en' } })).status()).toBe(200);
  try {
    const salon = await findProject(page, 'Salon Nour');
    await page.goto(`/projects/${salon.id}/run?range=last30`);
    const overview = await fetchOverview(page, salon.id, 'range=last30');
    expect(overview.currency).toBe('EGP');
    await expectCardsToMatch(page, salon, overview);
  } finally {
    await page.request.patch('/v1/auth/me', { data: { locale: null } });
  }
});

test('a project without any event says what to connect first, with no numbers', async ({ page }) => {
  const email = `run-empty-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const signup = await page.request.post('/v1/auth/signup', { data: { email, password: 'correct-horse-battery', name: 'New Owner' } });
  expect(signup.status()).toBe(201);
  const created = await page.request.post('/v1/projects', {
    data: { name: 'Fresh Bakery', industry: 'restaurant', timezone: 'Europe/Paris', currency: 'EUR', locale: 'fr' },
  });
  expect(created.status()).toBe(201);
  const { data } = (await created.json()) as { data: { project: { id: string } } };
  // This owner chose English; the project's own language (French) applies only to those who chose none.
  expect((await page.request.patch('/v1/auth/me', { data: { locale: 'en' } })).status()).toBe(200);
  // The setup wizard would open over a project with no tracking; this test is about the page under it.
  await page.addInitScript((id) => localStorage.setItem(`runhub:setup-dismissed:${id}`, '1'), data.project.id);

  await page.goto(`/projects/${data.project.id}/run`);
  await expect(page.getByRole('heading', { name: 'No data yet' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'What to connect first' })).toContainText('public key');
  await expect(page.getByRole('list', { name: 'Key numbers' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Connections' })).toContainText('Not connected');
  await saveScreenshots(page, 'overview-empty');
  await page.getByRole('link', { name: 'Create API keys' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${data.project.id}/run\\?tab=settings&section=keys$`));
  await expect(page.getByRole('heading', { name: 'API keys', exact: true })).toBeVisible();
});

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
