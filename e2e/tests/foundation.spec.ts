import { expect, test, type Page } from '@playwright/test';
import { saveScreenshots } from './screenshots.ts';

// One owner for the whole file: test 2 logs back in to what test 1 created.
const owner = {
  name: 'Ada Owner',
  email: `owner-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`,
  password: 'correct-horse-battery',
};
const projectName = 'Cairo Coffee Roasters';
const keyLabel = 'Checkout server';

interface ListedKey {
  label: string;
  prefix: string;
  revokedAt: string | null;
}

// The first test walks the whole journey, setup wizard included: it gets more than the default 30 s.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

/** Saves the screen at desktop and phone widths (`<name>-desktop.png`, `<name>-mobile.png`) for a person to look at. */
async function logIn(page: Page) {
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

async function listKeysViaApi(page: Page, projectId: string): Promise<ListedKey[]> {
  const response = await page.request.get(`/v1/projects/${projectId}/api-keys`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { ok: true; data: { apiKeys: ListedKey[] } };
  return body.data.apiKeys;
}

test('a new owner signs up, creates a project and manages an API key', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await saveScreenshots(page, 'signup');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(owner.name);
  await saveScreenshots(page, 'projects-empty');

  // Create a project, choosing the time zone through the search.
  await page.getByRole('button', { name: 'Create your first project' }).click();
  const form = page.getByRole('dialog', { name: 'New project' });
  await expect(form).toBeVisible();
  await form.getByLabel('Project name').fill(projectName);
  await form.getByLabel('Industry').selectOption('restaurant');
  const timeZone = form.getByRole('combobox', { name: 'Time zone' });
  await timeZone.fill('Cairo');
  await saveScreenshots(page, 'new-project');
  await form.getByRole('option', { name: /Africa\/Cairo/ }).click();
  await expect(timeZone).toHaveValue('Africa/Cairo');
  await form.getByLabel('Currency').selectOption('EGP');
  await form.getByRole('button', { name: 'Create project' }).click();
  await expect(form).toBeHidden();

  const card = page.getByRole('article', { name: projectName });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Restaurant');
  await saveScreenshots(page, 'projects');

  // The project's Run Hub: a new project is greeted by the setup wizard, which can wait.
  await card.getByRole('link', { name: projectName }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}\/run/);
  const projectId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await expect(page.getByRole('heading', { level: 1, name: projectName })).toBeVisible();
  const wizard = page.getByRole('dialog', { name: `Connect ${projectName}` });
  await expect(wizard).toBeVisible();
  await wizard.getByRole('button', { name: 'Skip for now' }).click();
  await expect(wizard).toBeHidden();

  // API keys live in the Run Hub's Settings tab (the old project address leads there too).
  await page.goto(`/projects/${projectId}`);
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/run\\?tab=settings$`));
  await expect(page.getByText('No API keys yet')).toBeVisible();

  // Create a secret key: the full key is shown once.
  await page.getByRole('button', { name: 'Create API key' }).click();
  const keyForm = page.getByRole('dialog', { name: 'Create API key' });
  await keyForm.getByRole('radio', { name: 'Secret' }).check();
  await keyForm.getByLabel('Label').fill(keyLabel);
  await keyForm.getByRole('button', { name: 'Create key' }).click();
  await expect(keyForm).toBeHidden();

  const fullKeyBox = page.getByLabel('Your new API key');
  await expect(fullKeyBox).toHaveValue(/^sk_/);
  const fullKey = await fullKeyBox.inputValue();
  await expect(page.getByText(/won’t be shown again/)).toBeVisible();
  await saveScreenshots(page, 'api-key-created');

  // Listed by prefix, never in full, in the page and in the API.
  const keys = page.getByRole('list', { name: 'API keys' });
  const row = keys.getByRole('listitem').filter({ hasText: keyLabel });
  await expect(row).toContainText('Secret');
  let listed = (await listKeysViaApi(page, projectId)).find((key) => key.label === keyLabel);
  expect(listed).toBeDefined();
  expect(fullKey.startsWith(listed?.prefix ?? '-')).toBe(true);
  expect(listed?.prefix.length).toBeLessThan(fullKey.length);
  await expect(row).toContainText(listed?.prefix ?? '-');
  await expect(row).not.toContainText(fullKey);

  await page.getByRole('button', { name: 'I’ve copied it' }).click();
  await expect(fullKeyBox).toHaveCount(0);
  await page.reload();
  await expect(row).toBeVisible();
  await expect(page.getByLabel('Your new API key')).toHaveCount(0);

  // Revoke it, with a confirmation.
  await row.getByRole('button', { name: `Revoke ${keyLabel}` }).click();
  const confirm = page.getByRole('dialog', { name: `Revoke “${keyLabel}”?` });
  await expect(confirm).toBeVisible();
  await saveScreenshots(page, 'api-key-revoke');
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: /Revoke/ })).toHaveCount(0);

  listed = (await listKeysViaApi(page, projectId)).find((key) => key.label === keyLabel);
  expect(listed?.revokedAt).not.toBeNull();
  await saveScreenshots(page, 'project');
});

test('logging out ends the session and logging back in shows the project', async ({ page }) => {
  await page.goto('/login');
  await logIn(page);
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole('link', { name: new RegExp(projectName) })).toBeVisible();

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  // The session is really gone, not just hidden.
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/login$/);

  await logIn(page);
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole('link', { name: new RegExp(projectName) })).toBeVisible();
});

test('a visitor without a session is sent to the login page', async ({ page }) => {
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await saveScreenshots(page, 'login');

  await page.getByLabel('Email').fill('nobody@example.com');
  await page.getByLabel('Password').fill('wrong-password-123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('don’t match an account');
});
