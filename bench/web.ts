// npm run bench:web — the web UI as a person gets it: (a) the production build's size (initial JS
// gzipped: the entry chunk and its static imports, as index.html loads them; and the total), and
// (b) in Chromium, logged in as the demo user, the time from navigation start to the KPI cards of a
// demo project's Run Hub overview being painted: cold (new browser context: empty HTTP cache) and
// warm (same context, next load), plus the in-app open from the Projects page. Prints figures; never
// part of the test run. Needs `npm run build` first. BENCH_RUNS (default 20), RUNHUB_CHROMIUM, RUNHUB_WEB_DIST.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { VERTICAL_KPI_CARDS } from '../packages/contracts/src/metric-definitions.ts';
import { startServerProcess, type ServerProcess } from './child-server.ts';
import { summarize } from './percentiles.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const TARGET = { initialJsKb: 200, paintMs: 1_000 };
const DEMO_PROJECT = 'Northwind Goods';
const root = path.resolve(import.meta.dirname, '..');
// RUNHUB_WEB_DIST (also read by the server) measures and serves a copy of the build instead.
const dist = path.resolve(process.env.RUNHUB_WEB_DIST ?? path.join(root, 'apps/web/dist'));
const chromiumPath = process.env.RUNHUB_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const msText = (value: number) => `${Math.round(value)} ms`;

// ---- (a) build size --------------------------------------------------------------------------

/** Relative static imports of a built chunk (`import{…}from"./x.js"`, `import"./x.js"`); dynamic import() is not followed. */
function staticImportsOf(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    found.add(path.resolve(path.dirname(file), match[1]!));
  }
  return [...found];
}

function measureBuild() {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const fromHtml = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => path.join(dist, m[1]!));
  const entries = fromHtml(/<script[^>]+type="module"[^>]+src="([^"]+)"/g);
  const preloads = fromHtml(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g);
  const styles = fromHtml(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  if (entries.length === 0) throw new Error(`no module script in ${path.join(dist, 'index.html')}: run npm run build first`);

  // Everything the browser must fetch before the app can start: the entry and its static imports, transitively.
  const initial = new Set<string>();
  const queue = [...entries, ...preloads];
  while (queue.length) {
    const file = queue.pop()!;
    if (initial.has(file)) continue;
    initial.add(file);
    queue.push(...staticImportsOf(file));
  }
  const assets = fs.readdirSync(path.join(dist, 'assets')).map((name) => path.join(dist, 'assets', name));
  const js = assets.filter((file) => file.endsWith('.js'));
  const css = assets.filter((file) => file.endsWith('.css'));
  const sum = (files: string[], size: (file: string) => number) => files.reduce((total, file) => total + size(file), 0);
  return {
    initialFiles: [...initial].map((file) => path.relative(dist, file)),
    initialJsGzip: sum([...initial], gzipSize),
    initialJsRaw: sum([...initial], (file) => fs.statSync(file).size),
    initialCssGzip: sum(styles, gzipSize),
    totalJsGzip: sum(js, gzipSize),
    totalJsRaw: sum(js, (file) => fs.statSync(file).size),
    totalCssGzip: sum(css, gzipSize),
    jsChunks: js.length,
  };
}

// ---- (b) the built server on a fresh embedded PostgreSQL, with the demo account ----------------

async function startServer(): Promise<{ baseUrl: string; demoPassword: string; stop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'runhub-bench-web-'));
  const removeData = () => fs.rmSync(dataDir, { recursive: true, force: true });
  let server: ServerProcess;
  try {
    server = await startServerProcess([path.join(root, 'apps/server/dist/main.js')], { PORT: '0', RUNHUB_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, {
      cwd: root, unset: ['DATABASE_URL'], timeoutMs: 120_000,
    });
  } catch (error) {
    removeData();
    throw error;
  }
  const stop = async () => {
    await server.stop();
    removeData();
  };
  const demoPassword = /password: (\S+)/.exec(server.output())?.[1];
  if (!demoPassword) {
    await stop();
    throw new Error(`the server did not print a demo password (is RUNHUB_DEMO off?):\n${server.output()}`);
  }
  return { baseUrl: server.baseUrl, demoPassword, stop };
}

// ---- (b) the paint of the KPI cards --------------------------------------------------------------

// What the page scripts below use of the browser, typed here: the server's tsconfig also checks
// bench/ and has no DOM library (which would make `window` valid in server code too).
interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  click(): void;
}
interface PageWindow {
  document: PageElement & { getElementById(id: string): PageElement | null };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
  requestAnimationFrame(callback: () => void): number;
  __kpiPaint: Promise<number>;
  /** performance.now() at the in-app click; 0 for a page load, which counts from the navigation start. */
  __benchFrom: number;
}

/**
 * Runs before the page's own scripts: watches the DOM for the overview's KPI list ("Key numbers")
 * holding all its cards with a value, then takes the time in the next animation frame, i.e. the
 * frame that paints them. performance.now() counts from the navigation start (or from the in-app
 * click, for which `__benchFrom` is set just before it).
 */
// (No named functions inside: tsx wraps those in a `__name` helper that does not exist in the page.)
function watchForKpiPaint(expectedCards: number) {
  const w = globalThis as unknown as PageWindow;
  const { document } = w;
  w.__benchFrom = 0;
  w.__kpiPaint = new Promise<number>((resolve) => {
    const observer = new w.MutationObserver(() => {
      for (const list of document.querySelectorAll('ul[aria-labelledby]')) {
        const label = document.getElementById(list.getAttribute('aria-labelledby') ?? '');
        if (label?.textContent !== 'Key numbers') continue;
        const cards = [...list.querySelectorAll(':scope > li')];
        // All cards there, each with its value line (the first p) filled in.
        if (cards.length !== expectedCards || cards.some((card) => (card.querySelector('p')?.textContent ?? '').trim() === '')) continue;
        observer.disconnect();
        w.requestAnimationFrame(() => resolve(performance.now() - w.__benchFrom));
        return;
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
}

const kpiPaint = () => (globalThis as unknown as PageWindow).__kpiPaint;

/** Where a cold load's time went: when each step on the way to the cards started and ended (ms from navigation start). */
const STEPS = { html: 'document', js: '/assets/index-', me: '/v1/auth/me', project: '/v1/projects/', overview: '/run/overview' } as const;
type Step = keyof typeof STEPS;
function loadSteps(): Record<string, [number, number]> {
  const { performance: perf } = globalThis as unknown as { performance: { getEntriesByType(type: string): { name: string; startTime: number; responseEnd: number }[] } };
  const steps: Record<string, [number, number]> = {};
  const [navigation] = perf.getEntriesByType('navigation');
  if (navigation) steps['document'] = [navigation.startTime, navigation.responseEnd];
  for (const entry of perf.getEntriesByType('resource')) {
    const path = new URL(entry.name).pathname;
    const key = ['/assets/index-', '/v1/auth/me', '/run/overview', '/v1/projects/'].find((part) => path.includes(part) && (part !== '/assets/index-' || path.endsWith('.js')));
    if (key && !steps[key]) steps[key] = [entry.startTime, entry.responseEnd];
  }
  return steps;
}

async function paintAfterNavigation(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(kpiPaint);
}

async function newContext(browser: Browser, baseUrl: string, storageState: Awaited<ReturnType<BrowserContext['storageState']>>, expectedCards: number) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 }, storageState, locale: 'en-US' });
  await context.addInitScript(watchForKpiPaint, expectedCards);
  return context;
}

async function main() {
  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const loadAverage = () => os.loadavg().map((v) => v.toFixed(1)).join(' / ');
  console.log(`bench:web — ${machine}`);
  console.log(`load average (1 / 5 / 15 min) at start: ${loadAverage()}\n`);

  const build = measureBuild();
  console.log('(a) production build (apps/web/dist, gzip -9)');
  console.log(`  initial JS: ${kb(build.initialJsGzip)} gzipped (${kb(build.initialJsRaw)} raw) in ${build.initialFiles.length} file(s): ${build.initialFiles.join(', ')}  (target ≤ ${TARGET.initialJsKb} KB)`);
  console.log(`  initial CSS: ${kb(build.initialCssGzip)} gzipped`);
  console.log(`  all JS: ${kb(build.totalJsGzip)} gzipped (${kb(build.totalJsRaw)} raw) in ${build.jsChunks} chunks (the rest are the 8 non-English catalogs, loaded on demand); all CSS ${kb(build.totalCssGzip)} gzipped\n`);

  const server = await startServer();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
    console.log(`(b) Chromium ${browser.version()} (headless, ${CHROMIUM_ARGS.join(' ')}), 1280×800, server ${server.baseUrl} on a fresh embedded PostgreSQL with the demo data`);

    // Log in once through the API; every context starts from that session cookie.
    const login = await browser.newContext({ baseURL: server.baseUrl });
    const loggedIn = await login.request.post('/v1/auth/login', { data: { email: 'demo@runhub.local', password: server.demoPassword } });
    if (loggedIn.status() !== 200) throw new Error(`demo login failed: ${loggedIn.status()} ${await loggedIn.text()}`);
    const projects = ((await (await login.request.get('/v1/projects')).json()) as { data: { projects: { id: string; name: string; industry: keyof typeof VERTICAL_KPI_CARDS }[] } }).data.projects;
    const project = projects.find((p) => p.name === DEMO_PROJECT);
    if (!project) throw new Error(`the demo account has no project named ${DEMO_PROJECT}`);
    const storageState = await login.storageState();
    await login.close();
    const expectedCards = VERTICAL_KPI_CARDS[project.industry].length;
    const url = `/projects/${project.id}/run`;

    // One throwaway load, so the server's first-request costs (JIT, PostgreSQL caches) are not in the figures.
    const warmup = await newContext(browser, server.baseUrl, storageState, expectedCards);
    await paintAfterNavigation(await warmup.newPage(), url);
    await warmup.close();

    const cold: number[] = [];
    const coldSteps: Record<string, [number, number]>[] = [];
    const warm: number[] = [];
    const inApp: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await newContext(browser, server.baseUrl, storageState, expectedCards);
      const page = await context.newPage();
      cold.push(await paintAfterNavigation(page, url));
      coldSteps.push(await page.evaluate(loadSteps));
      warm.push(await paintAfterNavigation(page, url));
      // In-app: from the Projects page (its cards have loaded today's overview), click the project's card.
      await page.goto('/projects');
      const card = page.getByRole('article', { name: project.name });
      await card.getByText(/ today$/).waitFor();
      // The click from inside the page, so the figure holds no automation overhead.
      await page.evaluate((name) => {
        const w = globalThis as unknown as PageWindow;
        const link = [...w.document.querySelectorAll('article h2 a')].find((a) => a.textContent === name);
        if (!link) throw new Error(`no card link named ${name}`);
        w.__benchFrom = performance.now();
        link.click();
      }, project.name);
      inApp.push(await page.evaluate(kpiPaint));
      await context.close();
      process.stdout.write(`  run ${String(run + 1).padStart(2)}: cold ${msText(cold.at(-1)!)}, warm ${msText(warm.at(-1)!)}, in-app ${msText(inApp.at(-1)!)}\n`);
    }

    const line = (name: string, samples: number[]) => {
      const s = summarize(samples);
      const verdict = s.p95 <= TARGET.paintMs ? 'ok' : 'MISSED';
      console.log(`  ${name.padEnd(44)} median ${msText(s.p50).padStart(7)}  p95 ${msText(s.p95).padStart(7)}  max ${msText(s.max).padStart(7)}  (${s.n} runs; target p95 ≤ ${TARGET.paintMs} ms: ${verdict})`);
    };
    console.log(`\n=== bench:web summary — ${machine}; Chromium ${browser.version()}`);
    console.log(`  initial JS ${kb(build.initialJsGzip)} gzipped (target ≤ ${TARGET.initialJsKb} KB: ${build.initialJsGzip / 1024 <= TARGET.initialJsKb ? 'ok' : 'MISSED'}); all JS ${kb(build.totalJsGzip)} gzipped`);
    line('KPI cards painted, cold (new context)', cold);
    line('KPI cards painted, warm (same context)', warm);
    line('KPI cards painted, in-app from Projects', inApp);
    console.log('  cold load, median start → end of each step (ms from navigation start):');
    for (const [step, part] of Object.entries(STEPS) as [Step, string][]) {
      const found = coldSteps.map((steps) => steps[part]).filter((span): span is [number, number] => span !== undefined);
      if (found.length === 0) continue;
      const start = summarize(found.map(([from]) => from)).p50;
      const end = summarize(found.map(([, to]) => to)).p50;
      console.log(`    ${step.padEnd(9)} ${msText(start).padStart(7)} → ${msText(end).padStart(7)}`);
    }
    console.log(`    KPI cards painted ${msText(summarize(cold).p50)}`);
    console.log(`  load average at the end: ${loadAverage()} (the machine may be shared)`);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

await main();
