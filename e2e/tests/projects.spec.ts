import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, request, test, type Locator, type Page } from '@playwright/test';
import type { OverviewPayload } from '@runhub/contracts/kpis';
import { METRICS, VERTICAL_KPI_CARDS } from '@runhub/contracts/metric-definitions';
import { ar } from '@runhub/i18n/ui/ar';
import { arEG } from '@runhub/i18n/ui/ar-EG';
import { en } from '@runhub/i18n/ui/en';
import { findProject, type ListedProject } from './demo.ts';
import { saveScreenshots } from './screenshots.ts';

// The Projects page: one card per project with today's headline KPI (the API's number), the
// site's build status, and a grid/list layout that the browser remembers.

// Tests save screenshots at two widths; the machines are shared and can be slow.
test.describe.configure({ timeout: 60_000 });

// One sign-in for the whole file, reused by every test: the server allows 10 logins per account in
// 15 minutes, and the suite signs the demo user in from many files.
const demo = { email: process.env.RUNHUB_E2E_DEMO_EMAIL ?? '', password: process.env.RUNHUB_E2E_DEMO_PASSWORD ?? '' };
const session = path.join(os.tmpdir(), `runhub-e2e-projects-${process.pid}.json`);
test.beforeAll(async ({ baseURL }) => {
  const api = await request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const response = await api.post('/v1/auth/login', { data: demo });
  expect(response.status()).toBe(200);
  await api.storageState({ path: session });
  await api.dispose();
});
test.afterAll(() => fs.rmSync(session, { force: true }));
test.use({ storageState: session });

async function listProjects(page: Page): Promise<ListedProject[]> {
  const response = await page.request.get('/v1/projects');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: { projects: ListedProject[] } }).data.projects;
}

async function fetchToday(page: Page, projectId: string): Promise<OverviewPayload> {
  const response = await page.request.get(`/v1/inhouse/projects/${projectId}/run/overview?range=today`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: OverviewPayload }).data;
}

/** The headline KPI as a person reads it in en-US, as overview.spec.ts formats the Overview's cards. */
function headline(project: ListedProject, overview: OverviewPayload): { label: string; value: string } {
  const metric = VERTICAL_KPI_CARDS[project.industry][0]!;
  const label = `${en[`metrics.${metric}`]} today`;
  const value = overview.kpis[metric].current;
  if (value === null) return { label, value: 'No value' };
  switch (METRICS[metric].unit) {
    case 'money':
      return { label, value: new Intl.NumberFormat('en-US', { style: 'currency', currency: overview.currency }).format(value / 100) };
    case 'count':
      return { label, value: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value) };
    case 'ratio':
      return { label, value: new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(value) };
  }
}

function card(page: Page, name: string): Locator {
  return page.getByRole('article', { name });
}

/** Nothing may push the page sideways on a phone. */
async function expectNoSidewaysScroll(page: Page) {
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize(viewport);
}

test('each card shows its project’s name and today’s headline KPI, the API’s number', async ({ page }) => {
  await page.goto('/projects');
  const projects = await listProjects(page);
  expect(projects.length).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('list', { name: 'Projects' }).getByRole('article')).toHaveCount(projects.length);

  for (const project of projects) {
    const projectCard = card(page, project.name);
    await expect(projectCard.getByRole('link', { name: project.name, exact: true })).toHaveAttribute('href', `/projects/${project.id}/run`);
    // Re-read the API until both agree: a rollup may land between the two reads.
    await expect(async () => {
      const expected = headline(project, await fetchToday(page, project.id));
      await expect(projectCard.getByText(expected.label, { exact: true })).toBeVisible({ timeout: 1_000 });
      await expect(projectCard.getByText(expected.value, { exact: true })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(projectCard).toContainText(/Modified /);
  }
  await expect(page.getByRole('group', { name: 'Show projects as' }).getByRole('button', { name: 'Grid' })).toHaveAttribute('aria-pressed', 'true');
  await saveScreenshots(page, 'projects-grid');
  await expectNoSidewaysScroll(page);

  // The Run Hub opens from what the card already loaded: no second request for today's overview.
  const northwind = projects.find((project) => project.name === 'Northwind Goods')!;
  const overviewCalls: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes(`/projects/${northwind.id}/run/overview`)) overviewCalls.push(req.url());
  });
  await card(page, northwind.name).getByRole('link', { name: northwind.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${northwind.id}/run$`));
  await expect(page.getByRole('list', { name: 'Key numbers' }).getByRole('listitem')).toHaveCount(VERTICAL_KPI_CARDS[northwind.industry].length);
  expect(overviewCalls).toEqual([]);
});

test('a card whose KPI cannot be loaded still shows the project, without the KPI', async ({ page }) => {
  const salon = await findProject(page, 'Salon Nour');
  await page.route(`**/v1/inhouse/projects/${salon.id}/run/overview?*`, (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'unavailable', message: 'Down' } }) }),
  );
  await page.goto('/projects');
  const salonCard = card(page, salon.name);
  const northwindCard = card(page, 'Northwind Goods');
  await expect(northwindCard.getByText('Revenue today', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(salonCard.getByRole('link', { name: salon.name, exact: true })).toBeVisible();
  // Its own retries are over once the placeholder is gone; then no KPI and no error page.
  await expect(salonCard.getByText('Bookings today')).toHaveCount(0, { timeout: 15_000 });
  await expect(salonCard.locator('.animate-pulse')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the build status a site reports shows on its card after a reload, and while building it updates by itself', async ({ page, baseURL }) => {
  // Includes one wait for the card's own refresh while a build runs (every 10 s).
  test.setTimeout(90_000);
  const northwind = await findProject(page, 'Northwind Goods');
  const created = await page.request.post(`/v1/projects/${northwind.id}/api-keys`, { data: { kind: 'secret', label: `e2e build status ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const { data } = (await created.json()) as { data: { apiKey: { key: string } } };
  // The site's own server: a secret key and no session.
  const site = await request.newContext({ baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { authorization: `Bearer ${data.apiKey.key}` } });
  const report = async (body: object) => {
    const response = await site.put(`/v1/inhouse/projects/${northwind.id}/build-status`, { data: body });
    expect(response.status()).toBe(200);
  };
  const northwindCard = card(page, northwind.name);
  try {
    await page.goto('/projects');
    await expect(northwindCard.getByText('Revenue today')).toBeVisible();
    await expect(northwindCard.getByText(/Live|Build failed|Building|Build queued/)).toHaveCount(0);

    await report({ status: 'deployed', url: 'https://northwind.example/shop', message: 'v42' });
    await page.reload();
    await expect(northwindCard.getByText('Live', { exact: true })).toBeVisible();
    const siteLink = northwindCard.getByRole('link', { name: /northwind\.example\/shop/ });
    await expect(siteLink).toHaveAttribute('href', 'https://northwind.example/shop');
    await expect(siteLink).toHaveAttribute('target', '_blank');
    await saveScreenshots(page, 'projects-build-live');

    await report({ status: 'failed', message: 'Build script exited with code 1' });
    await page.reload();
    await expect(northwindCard.getByText('Build failed', { exact: true })).toBeVisible();
    await expect(northwindCard).toContainText('Build script exited with code 1');
    await expect(northwindCard.getByText('Live', { exact: true })).toHaveCount(0);
    await expect(northwindCard.getByRole('link', { name: /northwind\.example/ })).toHaveCount(0);
    await saveScreenshots(page, 'projects-build-failed');

    // Building: the card polls the list while a build is on its way, so the outcome appears without a reload.
    await report({ status: 'building' });
    await page.reload();
    await expect(northwindCard.getByText('Building…', { exact: true })).toBeVisible();
    await report({ status: 'deployed', url: 'https://northwind.example' });
    await expect(northwindCard.getByText('Live', { exact: true })).toBeVisible({ timeout: 20_000 });

    await report({ status: 'idle' });
    await page.reload();
    await expect(northwindCard.getByText('Revenue today')).toBeVisible();
    await expect(northwindCard.getByText(/Live|Build failed|Building|Build queued/)).toHaveCount(0);
  } finally {
    await site.put(`/v1/inhouse/projects/${northwind.id}/build-status`, { data: { status: 'idle' } });
    await site.dispose();
  }
});

test('the grid/list toggle switches the layout and is remembered after a reload', async ({ page }) => {
  await page.goto('/projects');
  const toggle = page.getByRole('group', { name: 'Show projects as' });
  const grid = toggle.getByRole('button', { name: 'Grid' });
  const list = toggle.getByRole('button', { name: 'List' });
  const first = page.getByRole('list', { name: 'Projects' }).getByRole('article').first();
  await expect(grid).toHaveAttribute('aria-pressed', 'true');
  await expect(list).toHaveAttribute('aria-pressed', 'false');
  const gridWidth = (await first.boundingBox())!.width;

  await list.click();
  await expect(list).toHaveAttribute('aria-pressed', 'true');
  await expect(grid).toHaveAttribute('aria-pressed', 'false');
  // One project per row, across the page, instead of a column of the grid.
  await expect.poll(async () => (await first.boundingBox())!.width).toBeGreaterThan(gridWidth * 2);
  for (const box of [await grid.boundingBox(), await list.boundingBox()]) {
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
  }

  await page.reload();
  await expect(list).toHaveAttribute('aria-pressed', 'true');
  await expect(first.getByText('Revenue today').or(first.getByText('Bookings today'))).toBeVisible();
  await expect.poll(async () => (await first.boundingBox())!.width).toBeGreaterThan(gridWidth * 2);
  await saveScreenshots(page, 'projects-list');
  await expectNoSidewaysScroll(page);

  await grid.click();
  await page.reload();
  await expect(grid).toHaveAttribute('aria-pressed', 'true');
});

test('in Arabic the page reads right to left; without a language of their own, a project’s pages speak the project’s', async ({ page }) => {
  const salon = await findProject(page, 'Salon Nour');
  try {
    expect((await page.request.patch('/v1/auth/me', { data: { locale: 'ar' } })).status()).toBe(200);
    await page.goto('/projects');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    const salonCard = page.getByRole('article', { name: salon.name });
    await expect(salonCard.getByText(ar['cards.kpi.label'].replace('{metric}', ar['metrics.bookings']), { exact: true })).toBeVisible();
    await expect(page.getByRole('group', { name: ar['cards.view.label'] }).getByRole('button', { name: ar['cards.view.grid'] })).toHaveAttribute('aria-pressed', 'true');
    // The card's name sits at the right edge of the card, as Arabic reads.
    const cardBox = (await salonCard.boundingBox())!;
    const nameBox = (await salonCard.getByRole('heading', { name: salon.name }).boundingBox())!;
    expect(cardBox.x + cardBox.width - (nameBox.x + nameBox.width)).toBeLessThan(cardBox.width / 4);
    await saveScreenshots(page, 'projects-grid-ar');
    await expectNoSidewaysScroll(page);

    // No language of their own: the projects list follows the browser (English here), a project's pages the project (ar-EG).
    expect((await page.request.patch('/v1/auth/me', { data: { locale: null } })).status()).toBe(200);
    await page.goto('/projects');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
    await card(page, salon.name).getByRole('link', { name: salon.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${salon.id}/run$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar-EG');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('list', { name: arEG['run.kpis.heading'] })).toBeVisible();
    // Back to the list: the browser's language again.
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    // A fresh load of a project page decides before the first paint, too.
    await page.goto(`/projects/${salon.id}/run`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar-EG');
    await expect(page.getByRole('list', { name: arEG['run.kpis.heading'] })).toBeVisible();
  } finally {
    // Leave the shared demo user as the other tests expect it: no language of its own.
    await page.request.patch('/v1/auth/me', { data: { locale: null } });
  }
});
