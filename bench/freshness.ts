import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchProject } from './overview-dataset.ts';
import { todayRevenue } from './overview-load.ts';

const POLL_MS = 100;
const GIVE_UP_MS = 30_000;

/** A secret API key per project, created through the HTTP API as a signed-in owner would. */
export async function createSecretKeys(baseUrl: string, cookie: string, projects: readonly BenchProject[]): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const project of projects) {
    const res = await fetch(`${baseUrl}/v1/projects/${project.id}/api-keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ kind: 'secret', label: 'bench freshness' }),
    });
    const body = (await res.json()) as { data?: { apiKey: { key: string } } };
    if (res.status !== 201 || !body.data) throw new Error(`creating an API key answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
    keys.set(project.id, body.data.apiKey.key);
  }
  return keys;
}

/**
 * Event → overview freshness: posts one payment_succeeded (occurred now) and polls today's overview
 * every 100 ms until its revenue grows. Returns the elapsed milliseconds, or null after 30 s.
 */
export async function measureFreshness(opts: { baseUrl: string; cookie: string; project: BenchProject; apiKey: string; key: string }): Promise<number | null> {
  const { baseUrl, cookie, project } = opts;
  const before = await todayRevenue(baseUrl, cookie, project);
  const started = performance.now();
  const res = await fetch(`${baseUrl}/v1/inhouse/projects/${project.id}/business-events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.apiKey}` },
    body: JSON.stringify({ eventType: 'payment_succeeded', occurredAt: new Date().toISOString(), idempotencyKey: opts.key, amountCents: 1_234, currency: 'USD', sessionId: 'fresh' }),
  });
  await res.arrayBuffer();
  if (res.status !== 201) throw new Error(`posting the event answered ${res.status}`);
  while (performance.now() - started < GIVE_UP_MS) {
    if ((await todayRevenue(baseUrl, cookie, project)) > before) return performance.now() - started;
    await sleep(POLL_MS);
  }
  return null;
}
