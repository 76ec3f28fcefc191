import { expect, test } from '@playwright/test';
import { saveScreenshots } from './screenshots.ts';
import pg from 'pg';

// A shop on another origin embeds runhub.js; its page views and an add_to_cart reach Run Hub.
const baseUrl = process.env.RUNHUB_E2E_BASE_URL ?? '';
const databaseUrl = process.env.RUNHUB_E2E_DATABASE_URL ?? '';
// Headless Chromium says "HeadlessChrome" in its user agent, which the tracker drops as a bot.
test.use({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36' });

function shopPage(publicKey: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Cairo Coffee Roasters</title>
  <style>
    body { font-family: system-ui, sans-serif; margin: 0; color: #1f2937; }
    header { background: #3b2314; color: #fff; padding: 1rem 1.5rem; font-weight: 600; }
    main { max-width: 40rem; margin: 2rem auto; padding: 0 1.5rem; }
    .card { border: 1px solid #e5e7eb; border-radius: .75rem; padding: 1.5rem; }
    button { font: inherit; padding: .6rem 1.2rem; border-radius: .5rem; border: 0; background: #b45309; color: #fff; cursor: pointer; }
    a { color: #b45309; }
  </style>
  <script src="${baseUrl}/sdk/runhub.js" data-key="${publicKey}" defer></script>
</head>
<body>
  <header>Cairo Coffee Roasters</header>
  <main>
    <h1 id="title">Fresh beans, roasted weekly</h1>
    <div class="card">
      <h2>Ethiopia Yirgacheffe, 250 g</h2>
      <p>Floral, bright, with notes of bergamot.</p>
      <p><button id="add" onclick="runhub.track('add_to_cart', { sku: 'A1' }); this.textContent = 'Added to cart'">Add to cart</button></p>
      <p><a id="details" href="/products/a1" onclick="event.preventDefault(); history.pushState({}, '', this.href); document.getElementById('title').textContent = 'Ethiopia Yirgacheffe';">Product details</a></p>
    </div>
  </main>
</body>
</html>`;
}

interface ListedEvent {
  eventType: string;
  source: string;
  sessionId: string | null;
  trafficSource: string | null;
  payload: Record<string, unknown>;
}

test('a site with the tracker tag records its page views and an add_to_cart', async ({ page }) => {
  expect(baseUrl, 'run through e2e/run.mjs').not.toBe('');
  expect(databaseUrl, 'run through e2e/run.mjs').not.toBe('');

  // An owner, a project, and its two keys, through the API.
  const email = `tracker-${Date.now()}@example.com`;
  const signup = await page.request.post(`${baseUrl}/v1/auth/signup`, { data: { email, password: 'correct-horse-battery', name: 'Tracker Owner' } });
  expect(signup.status()).toBe(201);
  const project = await page.request.post(`${baseUrl}/v1/projects`, { data: { name: 'Cairo Coffee Roasters', industry: 'ecommerce', timezone: 'Africa/Cairo', currency: 'EGP', locale: 'en' } });
  expect(project.status()).toBe(201);
  const projectId = ((await project.json()) as { data: { project: { id: string } } }).data.project.id;
  const createKey = async (kind: 'public' | 'secret') => {
    const res = await page.request.post(`${baseUrl}/v1/projects/${projectId}/api-keys`, { data: { kind, label: `${kind} key` } });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { data: { apiKey: { key: string } } }).data.apiKey.key;
  };
  const publicKey = await createKey('public');
  const secretKey = await createKey('secret');

  // The shop lives on its own origin; Playwright serves it, the tag loads runhub.js from Run Hub.
  // Run Hub runs on loopback here, which Chromium's Local Network Access guards: it lets only a
  // secure (https) page reach it, and only with the permission a person would grant.
  await page.context().grantPermissions(['local-network-access']);
  await page.route('https://shop.test/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shopPage(publicKey) }));
  await page.goto('https://shop.test/?utm_source=newsletter&utm_medium=email&utm_campaign=spring');
  await page.waitForFunction(() => (window as unknown as { runhub?: { loaded?: boolean } }).runhub?.loaded === true);

  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('button', { name: 'Added to cart' })).toBeVisible();
  await page.getByRole('link', { name: 'Product details' }).click();
  await expect(page).toHaveURL('https://shop.test/products/a1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ethiopia Yirgacheffe');
  await saveScreenshots(page, 'tracker-shop');

  // The add_to_cart is a business event from the tracker, listed with the secret key.
  const listCartEvents = async () => {
    const res = await page.request.get(`${baseUrl}/v1/inhouse/projects/${projectId}/business-events?eventType=add_to_cart`, { headers: { authorization: `Bearer ${secretKey}` } });
    expect(res.status()).toBe(200);
    return ((await res.json()) as { data: { events: ListedEvent[] } }).data.events;
  };
  await expect.poll(async () => (await listCartEvents()).length, { timeout: 10_000 }).toBe(1);
  const [cart] = await listCartEvents();
  expect(cart).toMatchObject({ eventType: 'add_to_cart', source: 'tracker', trafficSource: 'email', payload: { sku: 'A1' } });

  // Page views are stored in analytics_events: the landing and the client-side route, one session.
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const pageViews = async () =>
      (await db.query<{ path: string; session_id: string; traffic_source: string; utm_campaign: string | null }>(
        'SELECT path, session_id, traffic_source, utm_campaign FROM analytics_events WHERE project_id = $1 ORDER BY occurred_at, id',
        [projectId],
      )).rows;
    await expect.poll(async () => (await pageViews()).length, { timeout: 10_000 }).toBe(2);
    const views = await pageViews();
    expect(views.map((v) => v.path)).toEqual(['/', '/products/a1']);
    expect(new Set(views.map((v) => v.session_id)).size).toBe(1);
    expect(views[0]).toMatchObject({ traffic_source: 'email', utm_campaign: 'spring' });
    expect(cart!.sessionId).toBe(views[0]!.session_id);
  } finally {
    await db.end();
  }
});
