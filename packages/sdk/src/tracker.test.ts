import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { webcrypto } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrackerPayloadEvent } from './tracker.ts';

const bundlePath = fileURLToPath(new URL('../dist/runhub.js', import.meta.url));
let code: string;

beforeAll(() => {
  execFileSync(process.execPath, [fileURLToPath(new URL('../build.mjs', import.meta.url))], { stdio: 'pipe' });
  code = readFileSync(bundlePath, 'utf8');
});

interface Sent {
  endpoint: string;
  via: 'beacon' | 'fetch';
  contentType: string;
  body: { key: string; events: TrackerPayloadEvent[] };
  init?: RequestInit;
}

interface PageOptions {
  url?: string;
  referrer?: string;
  storage?: Map<string, string> | 'blocked';
  beacon?: 'ok' | 'refused' | 'missing';
  key?: string | undefined;
  before?: string;
}

/** Runs the built runhub.js in a fresh window-like context, recording what it sends. */
function openPage(options: PageOptions = {}) {
  const clock = { now: Date.parse('2026-03-01T10:00:00Z') };
  const pending: Promise<Sent>[] = [];
  const warnings: string[] = [];
  let current = new URL(options.url ?? 'https://shop.example/');
  const listeners = new Map<string, (() => void)[]>();
  const store = options.storage ?? new Map<string, string>();
  const storage = store === 'blocked'
    ? { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } }
    : { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
  const navigate = (url?: string | URL | null) => {
    if (url != null) current = new URL(url, current);
  };
  const beacon = options.beacon ?? 'ok';
  const context: Record<string, unknown> = {
    document: { currentScript: { src: 'https://hub.example/sdk/runhub.js?v=1', dataset: options.key === undefined && 'key' in options ? {} : { key: options.key ?? 'pk_test' } }, referrer: options.referrer ?? '' },
    location: { get href() { return current.href; }, get pathname() { return current.pathname; }, get search() { return current.search; } },
    history: { pushState: (_s: unknown, _t: string, url?: string | URL | null) => navigate(url), replaceState: (_s: unknown, _t: string, url?: string | URL | null) => navigate(url) },
    navigator: beacon === 'missing' ? {} : {
      sendBeacon(endpoint: string, blob: Blob) {
        if (beacon === 'refused') return false;
        pending.push(blob.text().then((text) => ({ endpoint, via: 'beacon' as const, contentType: blob.type, body: JSON.parse(text) })));
        return true;
      },
    },
    fetch(endpoint: string, init: RequestInit) {
      const headers = init.headers as Record<string, string>;
      pending.push(Promise.resolve({ endpoint, via: 'fetch' as const, contentType: headers['content-type'] ?? '', body: JSON.parse(String(init.body)), init }));
      return Promise.resolve(new Response(null, { status: 202 }));
    },
    localStorage: storage,
    crypto: webcrypto,
    Blob,
    URL,
    console: { warn: (message: string) => warnings.push(message) },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
    __clock: clock,
  };
  context.window = context;
  vm.createContext(context);
  vm.runInContext('Date.now = () => __clock.now;', context);
  if (options.before) vm.runInContext(options.before, context);
  vm.runInContext(code, context);
  const run = (source: string) => vm.runInContext(source, context) as unknown;
  return {
    clock,
    warnings,
    run,
    back(url: string) {
      navigate(url);
      for (const fn of listeners.get('popstate') ?? []) fn();
    },
    async sent(): Promise<Sent[]> {
      return Promise.all(pending);
    },
    async events(): Promise<TrackerPayloadEvent[]> {
      return (await Promise.all(pending)).flatMap((s) => s.body.events);
    },
  };
}

describe('runhub.js', () => {
  it('is at most 2 KB gzipped', () => {
    const size = gzipSync(readFileSync(bundlePath)).length;
    expect(size).toBeLessThanOrEqual(2048);
  });

  it('sends a page view on load as a text/plain beacon to /v1/track on its own origin', async () => {
    const page = openPage({ url: 'https://shop.example/?utm_source=google&utm_medium=cpc', referrer: 'https://www.google.com/' });
    const [sent] = await page.sent();
    expect(sent).toMatchObject({ endpoint: 'https://hub.example/v1/track', via: 'beacon', contentType: 'text/plain' });
    expect(sent!.body.key).toBe('pk_test');
    expect(sent!.body.events).toEqual([{
      eventType: 'page_view',
      sessionId: expect.stringMatching(/^[0-9a-f]{32}$/),
      anonymousId: expect.stringMatching(/^[0-9a-f]{32}$/),
      url: 'https://shop.example/?utm_source=google&utm_medium=cpc',
      referrer: 'https://www.google.com/',
      occurredAt: '2026-03-01T10:00:00.000Z',
      eventId: expect.stringMatching(/^[0-9a-f]{32}$/),
    }]);
  });

  it('sends a page view for each client-side route change, not for hash or same-URL changes', async () => {
    const page = openPage();
    page.run("history.pushState({}, '', '/products/a')");
    page.run("history.replaceState({ scrolled: 1 }, '', '/products/a')");
    page.run("history.pushState({}, '', '/products/a#reviews')");
    page.run("history.replaceState({}, '', '/products/a?colour=red')");
    page.back('/');
    const events = await page.events();
    expect(events.map((e) => [e.eventType, new URL(e.url).pathname + new URL(e.url).search])).toEqual([
      ['page_view', '/'],
      ['page_view', '/products/a'],
      ['page_view', '/products/a?colour=red'],
      ['page_view', '/'],
    ]);
    expect(new Set(events.map((e) => e.sessionId)).size).toBe(1);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(4);
  });

  it('exposes runhub.track for tracker events and refuses server-only ones', async () => {
    const page = openPage();
    page.run("runhub.track('add_to_cart', { sku: 'A1', qty: 2 })");
    page.run("runhub.track('payment_succeeded', { amountCents: 100 })");
    const events = await page.events();
    expect(events.map((e) => e.eventType)).toEqual(['page_view', 'add_to_cart']);
    expect(events[1]!.props).toEqual({ sku: 'A1', qty: 2 });
    expect(page.warnings.join()).toMatch(/payment_succeeded.*server/);
  });

  it('keeps the session through activity, starts a new one after 30 idle minutes, and keeps the anonymous id', async () => {
    const storage = new Map<string, string>();
    const page = openPage({ storage });
    page.clock.now += 29 * 60_000;
    page.run("runhub.track('add_to_cart')");
    page.clock.now += 29 * 60_000;
    page.run("runhub.track('checkout_started')");
    page.clock.now += 31 * 60_000;
    page.run("runhub.track('add_to_cart')");
    const events = await page.events();
    expect(events[1]!.sessionId).toBe(events[0]!.sessionId);
    expect(events[2]!.sessionId).toBe(events[0]!.sessionId);
    expect(events[3]!.sessionId).not.toBe(events[0]!.sessionId);
    expect(new Set(events.map((e) => e.anonymousId)).size).toBe(1);
    expect(JSON.parse(storage.get('runhub_session')!)).toEqual({ id: events[3]!.sessionId, at: page.clock.now });

    const reload = openPage({ storage });
    const [again] = await reload.events();
    expect(again!.anonymousId).toBe(events[0]!.anonymousId);
  });

  it('works from memory when localStorage is blocked', async () => {
    const page = openPage({ storage: 'blocked' });
    page.run("runhub.track('add_to_cart')");
    const events = await page.events();
    expect(events).toHaveLength(2);
    expect(events[1]!.sessionId).toBe(events[0]!.sessionId);
    expect(events[1]!.anonymousId).toBe(events[0]!.anonymousId);
  });

  it.each(['missing', 'refused'] as const)('falls back to a keepalive CORS fetch when sendBeacon is %s', async (beacon) => {
    const page = openPage({ beacon });
    const [sent] = await page.sent();
    expect(sent).toMatchObject({ endpoint: 'https://hub.example/v1/track', via: 'fetch', contentType: 'text/plain' });
    expect(sent!.init).toMatchObject({ method: 'POST', keepalive: true, mode: 'cors', credentials: 'omit' });
    expect(sent!.body.events[0]!.eventType).toBe('page_view');
  });

  it('sends calls queued by the pre-load stub, and a second copy of the tag adds nothing', async () => {
    const stub = "window.runhub = { q: [], track: function () { this.q.push(arguments); } }; runhub.track('checkout_started', { step: 1 });";
    const page = openPage({ before: stub });
    page.run(code);
    page.run("history.pushState({}, '', '/next')");
    const events = await page.events();
    expect(events.map((e) => e.eventType)).toEqual(['page_view', 'checkout_started', 'page_view']);
    expect(events[1]!.props).toEqual({ step: 1 });
  });

  it('sends nothing and says why without data-key', async () => {
    const page = openPage({ key: undefined });
    expect(await page.sent()).toEqual([]);
    expect(page.warnings.join()).toMatch(/data-key/);
  });
});
