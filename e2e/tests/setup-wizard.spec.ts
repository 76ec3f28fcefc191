import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { arEG } from '@runhub/i18n/ui/ar-EG';

// Long journeys on a shared, busy machine: generous waits, each still failing when the feature breaks.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

// The setup wizard of a brand-new project: it opens by itself, shows the real connection status,
// turns green once the tracker really sends a page view, and remembers being closed.

// The tracker drops headless browsers as bots; a page view sent "as the embed would" needs a real one.
const browserUserAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const dismissedKey = (projectId: string) => `runhub:setup-dismissed:${projectId}`;

/**
 * Like saveScreenshots (same names and sizes), but of the screen only: the wizard is exactly one
 * screen, and a full-page capture would show the page behind the modal below it.
 */
async function saveWizardScreenshots(page: Page, name: string) {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const [device, size] of [['desktop', { width: 1280, height: 800 }], ['mobile', { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(import.meta.dirname, '..', 'screenshots', `${name}-${device}.png`), animations: 'disabled' });
  }
  await page.setViewportSize(viewport);
}

async function signUp(page: Page, label: string) {
  const email = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const response = await page.request.post('/v1/auth/signup', { data: { email, password: 'correct-horse-battery', name: 'Wizard Owner' } });
  expect(response.status()).toBe(201);
}

async function createProject(page: Page, name: string): Promise<string> {
  const response = await page.request.post('/v1/projects', {
    data: { name, industry: 'ecommerce', timezone: 'Africa/Cairo', currency: 'EGP', locale: 'en' },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { data: { project: { id: string } } }).data.project.id;
}

function wizardOf(page: Page, projectName: string): Locator {
  return page.getByRole('dialog', { name: `Connect ${projectName}` });
}

async function storedDismissal(page: Page, projectId: string): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), dismissedKey(projectId));
}

test('the wizard opens on a new project, sees tracking connect for real, and stays closed once completed', async ({ page }) => {
  await signUp(page, 'wizard');
  const projectName = 'Lotus Tea House';
  const projectId = await createProject(page, projectName);

  // First visit: the wizard opens by itself, on the one required step.
  await page.goto(`/projects/${projectId}/run`);
  const wizard = wizardOf(page, projectName);
  await expect(wizard).toBeVisible();
  const tracking = wizard.getByRole('region', { name: 'Tracking' });
  await expect(tracking.getByText('Not connected', { exact: true })).toBeVisible();
  const progress = wizard.getByRole('progressbar', { name: 'Setup progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await expect(progress).toHaveAttribute('aria-valuetext', '0 of 3 connected');
  const complete = wizard.getByRole('button', { name: 'I’ve completed setup' });
  await expect(complete).toBeDisabled();
  // The page behind is inert: focus starts inside the wizard and Tab keeps it there.
  await expect(wizard.getByRole('heading', { level: 2, name: `Connect ${projectName}` })).toBeFocused();
  for (let step = 0; step < 12; step++) await page.keyboard.press('Tab');
  expect(await wizard.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);

  // No public key yet: one click creates one, and the tag carries it in full.
  await tracking.getByRole('button', { name: 'Create a public key' }).click();
  const tag = tracking.getByLabel('Tracker tag', { exact: true });
  await expect(tag).toContainText('data-key="pk_');
  const tagText = (await tag.textContent()) ?? '';
  const origin = new URL(page.url()).origin;
  expect(tagText).toContain(`<script src="${origin}/sdk/runhub.js"`);
  const publicKey = /data-key="(pk_[A-Za-z0-9_-]+)"/.exec(tagText)?.[1] ?? '';
  expect(publicKey.length).toBeGreaterThan(20);
  await saveWizardScreenshots(page, 'setup-wizard');

  // Still nothing received: checking again says so.
  await tracking.getByRole('button', { name: 'Check again' }).click();
  await expect(tracking.getByText(/^Nothing received yet\./)).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuenow', '0');

  // The site sends a page view, exactly as the embedded tracker would.
  const sent = await page.request.post('/v1/track', {
    headers: { 'user-agent': browserUserAgent },
    data: { key: publicKey, events: [{ eventType: 'page_view', sessionId: `wizard-${Date.now()}`, url: 'https://lotus-tea.example/' }] },
  });
  expect(sent.status()).toBe(202);
  expect(((await sent.json()) as { data: { accepted: number } }).data.accepted).toBe(1);

  await tracking.getByRole('button', { name: 'Check again' }).click();
  await expect(tracking.getByText('Connected: Run Hub is receiving visits from your site.')).toBeVisible();
  await expect(tracking.getByText('Connected', { exact: true })).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuenow', '1');
  await expect(wizard).toContainText('1 of 3 connected');
  await expect(wizard.getByRole('navigation', { name: 'Setup steps' }).getByRole('button', { name: /Tracking/ })).toHaveAccessibleName(/Connected/);

  // The optional steps are one click away, with their own instructions.
  await wizard.getByRole('button', { name: 'Next: Payments' }).click();
  const payments = wizard.getByRole('region', { name: 'Payments' });
  await expect(payments.getByText(`${origin}/v1/hooks/stripe/${projectId}`)).toBeVisible();
  await saveWizardScreenshots(page, 'setup-wizard-payments');
  await wizard.getByRole('navigation', { name: 'Setup steps' }).getByRole('button', { name: /Forms/ }).click();
  await expect(wizard.getByRole('form', { name: 'Create a form' })).toBeVisible();

  // Done: it closes and is remembered in this browser.
  await expect(complete).toBeEnabled();
  await complete.click();
  await expect(wizard).toBeHidden();
  expect(await storedDismissal(page, projectId)).toBe('1');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Connections' })).toBeVisible();
  await expect(wizard).toBeHidden();

  // Relaunched from Settings, it opens again (through the URL), and Skip for now closes it.
  await page.getByRole('navigation', { name: 'Run Hub sections' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Run setup wizard again' }).click();
  await expect(wizard).toBeVisible();
  await expect(page).toHaveURL(/[?&]setup=open(&|$)/);
  // It starts on the first step still to do; tracking is marked done.
  await expect(wizard.getByRole('region', { name: 'Payments' })).toBeVisible();
  await expect(wizard.getByRole('navigation', { name: 'Setup steps' }).getByRole('button', { name: /Tracking/ })).toHaveAccessibleName(/Connected/);
  await wizard.getByRole('button', { name: 'Skip for now' }).click();
  await expect(wizard).toBeHidden();
  await expect(page).not.toHaveURL(/setup=open/);
  await expect(page).toHaveURL(/[?&]tab=settings(&|$)/);
});

test('skipping (Escape) is remembered for a project that still has no data, and the empty state relaunches it', async ({ page }) => {
  await signUp(page, 'wizard-skip');
  const projectName = 'Atlas Bike Repair';
  const projectId = await createProject(page, projectName);

  await page.goto(`/projects/${projectId}/run?tab=overview`);
  const wizard = wizardOf(page, projectName);
  await expect(wizard).toBeVisible();
  expect(await storedDismissal(page, projectId)).toBeNull();
  // Escape is "Skip for now".
  await page.keyboard.press('Escape');
  await expect(wizard).toBeHidden();
  expect(await storedDismissal(page, projectId)).toBe('1');

  // Tracking is still not connected, yet the wizard does not come back by itself.
  await page.reload();
  const emptyState = page.getByRole('heading', { name: 'No data yet' });
  await expect(emptyState).toBeVisible();
  await expect(wizard).toBeHidden();

  // The Overview's empty state opens it on demand.
  await page.getByRole('link', { name: 'Open the setup wizard' }).click();
  await expect(wizard).toBeVisible();
  await expect(wizard.getByRole('region', { name: 'Tracking' }).getByText('Not connected', { exact: true })).toBeVisible();
  await wizard.getByRole('button', { name: 'Skip for now' }).click();
  await expect(wizard).toBeHidden();
  await expect(emptyState).toBeVisible();

  // In Arabic the wizard reads right to left and fits a phone.
  expect((await page.request.patch('/v1/auth/me', { data: { locale: 'ar-EG' } })).status()).toBe(200);
  await page.goto(`/projects/${projectId}/run?tab=overview&setup=open`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const arabicWizard = page.getByRole('dialog', { name: arEG['setup.title'].replace('{name}', projectName) });
  await expect(arabicWizard).toBeVisible();
  await expect(arabicWizard.getByRole('button', { name: arEG['setup.skip'] })).toBeVisible();
  await saveWizardScreenshots(page, 'setup-wizard-ar-EG');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await arabicWizard.evaluate((dialog) => dialog.scrollWidth)).toBeLessThanOrEqual(390);
});
