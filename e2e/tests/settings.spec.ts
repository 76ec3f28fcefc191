import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { arEG } from '@runhub/i18n/ui/ar-EG';
import { saveScreenshots } from './screenshots.ts';

// Long journeys on a shared, busy machine: generous waits, each still failing when the feature breaks.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

// The Run Hub's Settings tab on a fresh project: each section does what it says, through the
// real API, and what the API keeps secret stays secret on screen.

const password = 'correct-horse-battery';
const unique = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function createProject(page: Page, name: string): Promise<string> {
  const response = await page.request.post('/v1/projects', {
    data: { name, industry: 'services', timezone: 'Europe/Paris', currency: 'EUR', locale: 'en' },
  });
  expect(response.status()).toBe(201);
  const projectId = ((await response.json()) as { data: { project: { id: string } } }).data.project.id;
  // The setup wizard has its own tests: here it stays out of the way, as after a first skip.
  await page.addInitScript((id) => localStorage.setItem(`runhub:setup-dismissed:${id}`, '1'), projectId);
  return projectId;
}

/** Full-page captures from the top, so the sticky header sits where a person sees it. */
async function saveFromTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await saveScreenshots(page, name);
}

function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

test('an owner renames the project, connects tracking, Stripe and a form, and manages members', async ({ page, request }) => {
  const owner = { email: unique('settings-owner'), name: 'Sofia Owner' };
  expect((await page.request.post('/v1/auth/signup', { data: { ...owner, password } })).status()).toBe(201);
  const projectId = await createProject(page, 'Maison Lumière');

  // The old project page now leads to the Settings tab.
  await page.goto(`/projects/${projectId}`);
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/run\\?tab=settings$`));
  await expect(page.getByRole('navigation', { name: 'Run Hub sections' }).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  const origin = new URL(page.url()).origin;

  // ---- Project: rename it; the header follows after a reload.
  const project = section(page, 'Project');
  await expect(project.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Paris');
  await expect(project).toContainText('Changing it recomputes all daily numbers.');
  const save = project.getByRole('button', { name: 'Save changes' });
  await expect(save).toBeDisabled();
  await project.getByLabel('Project name').fill('');
  await save.click();
  await expect(project).toContainText('Give the project a name.');
  await project.getByLabel('Project name').fill('Maison Lumière Studio');
  await save.click();
  await expect(project.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maison Lumière Studio');
  await expect(section(page, 'Project').getByLabel('Project name')).toHaveValue('Maison Lumière Studio');

  // ---- Tracking: no public key yet; one click creates it, and the tag carries the full key.
  const tracking = section(page, 'Website tracking');
  await expect(tracking).toContainText('No public key yet');
  await tracking.getByRole('button', { name: 'Create a public key' }).click();
  const tag = tracking.getByLabel('Tracker tag', { exact: true });
  await expect(tag).toContainText('data-key="pk_');
  const tagText = (await tag.textContent()) ?? '';
  const publicKey = /data-key="(pk_[A-Za-z0-9_-]+)"/.exec(tagText)?.[1] ?? '';
  expect(tagText).toBe(`<script src="${origin}/sdk/runhub.js" data-key="${publicKey}" defer></script>`);
  const keys = (await (await page.request.get(`/v1/projects/${projectId}/api-keys`)).json()) as { data: { apiKeys: { kind: string; prefix: string }[] } };
  const listed = keys.data.apiKeys.find((key) => key.kind === 'public');
  expect(listed && publicKey.startsWith(listed.prefix) && publicKey.length > listed.prefix.length).toBe(true);
  // The key is listed among the API keys, by prefix only.
  await expect(section(page, 'API keys').getByRole('list', { name: 'API keys' })).toContainText(listed?.prefix ?? '-');
  await expect(section(page, 'API keys')).not.toContainText(publicKey);
  await expect(tracking).toContainText("runhub.track('checkout_started', { cartValue: 4999 });");
  // The tag's script really is there.
  expect((await page.request.get(`${origin}/sdk/runhub.js`)).status()).toBe(200);

  // ---- Stripe, by deep link: the section is scrolled to and its heading takes focus.
  await page.goto(`/projects/${projectId}/run?tab=settings&section=stripe`);
  const stripe = section(page, 'Stripe payments');
  await expect(stripe.getByRole('heading', { name: 'Stripe payments' })).toBeFocused();
  await expect(stripe.getByText(`${origin}/v1/hooks/stripe/${projectId}`)).toBeVisible();
  await expect(stripe.getByRole('list', { name: 'Stripe events to select' })).toContainText('payment_intent.succeeded');
  await expect(stripe).toContainText('Not connected yet.');
  const secretInput = stripe.getByLabel('Signing secret', { exact: true });
  await secretInput.fill('sk_live_not_a_webhook_secret');
  await stripe.getByRole('button', { name: 'Save secret' }).click();
  await expect(stripe).toContainText('That isn’t a Stripe signing secret.');
  const secret = `whsec_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}Q7zK`;
  await secretInput.fill(secret);
  await stripe.getByRole('button', { name: 'Save secret' }).click();
  await expect(stripe.getByText('Saved. Run Hub now checks every webhook from Stripe with this secret.')).toBeVisible();
  await expect(stripe).toContainText('Ends in Q7zK');
  await expect(stripe).toContainText('No webhook received yet');
  await expect(secretInput).toHaveValue('');
  expect(await page.content()).not.toContain(secret);
  await page.reload();
  await expect(section(page, 'Stripe payments')).toContainText('Ends in Q7zK');
  expect(await page.content()).not.toContain(secret);
  const stripeState = (await (await page.request.get(`/v1/inhouse/projects/${projectId}/integrations/stripe`)).json()) as { data: { stripe: { secretLast4: string } } };
  expect(stripeState.data.stripe.secretLast4).toBe('Q7zK');

  // ---- Forms: create one; its embed code appears, and posting it the way a browser would works.
  const forms = section(page, 'Forms');
  await expect(forms).toContainText('No forms yet');
  await forms.getByRole('button', { name: 'New form' }).first().click();
  const formDialog = page.getByRole('dialog', { name: 'New form' });
  await formDialog.getByRole('button', { name: 'Create form' }).click();
  await expect(formDialog).toContainText('Give the form a name.');
  await formDialog.getByLabel('Form name').fill('Appointment request');
  await formDialog.getByRole('checkbox', { name: /Phone/ }).check();
  await formDialog.getByRole('button', { name: 'Create form' }).click();
  await expect(formDialog).toBeHidden();
  const formRow = forms.getByRole('list', { name: 'Your forms' }).getByRole('listitem').filter({ hasText: 'Appointment request' });
  await expect(formRow).toContainText('No submissions');
  const embed = formRow.getByLabel('HTML for Appointment request', { exact: true });
  await expect(embed).toBeVisible();
  const html = (await embed.textContent()) ?? '';
  const action = /<form method="post" action="([^"]+)">/.exec(html)?.[1] ?? '';
  expect(action).toMatch(new RegExp(`^${origin}/v1/forms/[0-9a-f-]{36}/submissions$`));
  expect(html).toContain('<input name="_hp" style="display:none" tabindex="-1" autocomplete="off"');
  expect(html).toContain('<input name="email" type="email" required>');
  expect(html).toContain('<input name="phone" type="tel">');
  expect(html).toContain('<textarea name="message"></textarea>');
  await saveFromTop(page, 'settings-forms');
  // The snippet's own field names, posted urlencoded as a plain HTML form does.
  const fieldNames = [...html.matchAll(/name="([a-zA-Z_]+)"/g)].map((match) => match[1]!);
  const values: Record<string, string> = { name: 'Nadia', email: 'nadia@example.com', phone: '+33 6 12 34 56 78', message: 'Saturday morning?', _hp: '' };
  const posted = await request.post(action, { form: Object.fromEntries(fieldNames.map((name) => [name, values[name] ?? ''])) });
  expect(posted.status()).toBe(200);
  await page.reload();
  await expect(section(page, 'Forms').getByRole('listitem').filter({ hasText: 'Appointment request' })).toContainText('1 submission');

  // ---- Members: add a second user (who signed up on their own), then remove them after confirming.
  const teammate = { email: unique('settings-teammate'), name: 'Karim Teammate' };
  expect((await request.post('/v1/auth/signup', { data: { ...teammate, password } })).status()).toBe(201);
  const members = section(page, 'Members');
  const memberList = members.getByRole('list', { name: 'Members' });
  await expect(memberList.getByRole('listitem')).toHaveCount(1);
  await expect(memberList).toContainText('You');
  await members.getByLabel('Their email').fill('nobody-here@example.com');
  await members.getByRole('button', { name: 'Add member' }).click();
  await expect(members).toContainText('No Run Hub account uses this email.');
  await members.getByLabel('Their email').fill(teammate.email);
  await members.getByLabel('Role').selectOption('admin');
  await members.getByRole('button', { name: 'Add member' }).click();
  const teammateRow = memberList.getByRole('listitem').filter({ hasText: teammate.name });
  await expect(teammateRow).toContainText('Admin');
  await expect(teammateRow).toContainText(teammate.email);
  await saveFromTop(page, 'settings');

  await teammateRow.getByRole('button', { name: `Remove ${teammate.name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Remove ${teammate.name}?` });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Remove member' }).click();
  await expect(confirm).toBeHidden();
  await expect(teammateRow).toHaveCount(0);
  const listedMembers = (await (await page.request.get(`/v1/projects/${projectId}/members`)).json()) as { data: { members: { email: string }[] } };
  expect(listedMembers.data.members.map((member) => member.email)).toEqual([owner.email]);

  // ---- After a reload the tag is still complete: a public key is published anyway, so the API
  // lists it in full (a secret key never).
  const trackingAgain = section(page, 'Website tracking');
  await expect(trackingAgain.getByLabel('Tracker tag', { exact: true })).toContainText(`data-key="${publicKey}"`);
  await expect(trackingAgain).not.toContainText('only its start is known');
  expect(listed?.prefix && publicKey.startsWith(listed.prefix)).toBe(true);

  // ---- Arabic: right to left, and nothing pushes a phone screen sideways.
  expect((await page.request.patch('/v1/auth/me', { data: { locale: 'ar-EG' } })).status()).toBe(200);
  await page.goto(`/projects/${projectId}/run?tab=settings`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('region', { name: arEG['settings.stripe.title'] })).toContainText('Q7zK');
  await saveFromTop(page, 'settings-ar-EG');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('a member sees the settings but not the controls the API would refuse', async ({ page, request }) => {
  // The owner, through its own request context; the member is the one in the browser.
  const ownerEmail = unique('settings-boss');
  expect((await request.post('/v1/auth/signup', { data: { email: ownerEmail, password, name: 'Boss' } })).status()).toBe(201);
  const created = await request.post('/v1/projects', { data: { name: 'Read-only Bakery', industry: 'restaurant', timezone: 'UTC', currency: 'USD', locale: 'en' } });
  const projectId = ((await created.json()) as { data: { project: { id: string } } }).data.project.id;
  const memberEmail = unique('settings-member');
  expect((await page.request.post('/v1/auth/signup', { data: { email: memberEmail, password, name: 'Mia Member' } })).status()).toBe(201);
  expect((await request.post(`/v1/projects/${projectId}/members`, { data: { email: memberEmail, role: 'member' } })).status()).toBe(201);
  await page.addInitScript((id) => localStorage.setItem(`runhub:setup-dismissed:${id}`, '1'), projectId);

  await page.goto(`/projects/${projectId}/run?tab=settings`);
  await expect(section(page, 'Project')).toContainText('Only owners and admins can change these settings.');
  await expect(section(page, 'Project').getByRole('textbox')).toHaveCount(0);
  await expect(section(page, 'API keys')).toContainText('Only owners and admins can see and create API keys.');
  await expect(section(page, 'Website tracking').getByLabel('Tracker tag', { exact: true })).toContainText('data-key="pk_…"');
  await expect(section(page, 'Stripe payments').getByLabel('Signing secret', { exact: true })).toHaveCount(0);
  await expect(section(page, 'Forms').getByRole('button', { name: 'New form' })).toHaveCount(0);
  await expect(section(page, 'Members')).toContainText('Only owners can add or remove members.');
  await expect(section(page, 'Members').getByRole('button', { name: /^Remove / })).toHaveCount(0);
});
