// npm run bench:overview — KPI overview latency, incremental rollup time and event→overview freshness
// on a large data set, with a naive overview computed from raw events for the ratio. Prints figures;
// never part of the test run. BENCH_EVENTS (default 10,000,000), BENCH_PROJECTS (1,000), BENCH_SECONDS
// (8 per range), BENCH_CONNECTIONS (10); BENCH_DATABASE_URL to use your own server.
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb } from '../apps/server/src/db/pool.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { listDailyRows } from '../apps/server/src/kpis/kpis.queries.ts';
import { comparisonFor } from '../apps/server/src/kpis/periods.ts';
import { runRollupCycle } from '../apps/server/src/kpis/rollup.ts';
import { startServerProcess } from './child-server.ts';
import { createSecretKeys, measureFreshness } from './freshness.ts';
import { createMemberSession } from './member-session.ts';
import { naiveOverviewKpis } from './naive-overview.ts';
import { copyEvents, EventFactory, insertProjects, insertRecentEvents, withoutSecondaryIndexes, type BenchProject } from './overview-dataset.ts';
import { benchPeriod, loadOverview, RANGES, sequentialOverview, type BenchRange, type LoadResult } from './overview-load.ts';
import { ms, summarize, type Summary } from './percentiles.ts';
import { benchDatabase } from './postgres.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000_000);
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 1_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const COPY_SEGMENT = 1_000_000;
const ROUNDS = 10;
const ROUND_EVENTS = 2_000;
const ROUND_PROJECTS = 100;
const NAIVE_PROJECTS = 200;
const FRESH_PROJECTS = 20;
const FRESH_SAMPLES = 30;
const TARGET = { overviewP95: 25, cycleP95: 250, freshnessP95: 5_000 };
const root = path.resolve(import.meta.dirname, '..');

const count = (n: number) => n.toLocaleString('en-US');
const seconds = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;
const loadAverage = () => os.loadavg().map((v) => v.toFixed(1)).join(' / ');
function randomSample<T>(items: readonly T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, Math.min(n, copy.length));
}

async function main() {
  const database = await benchDatabase();
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  const db = createDb(pool);
  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  try {
    await migrate(pool);
    const settings = await pool.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'max_wal_size', 'synchronous_commit') ORDER BY name`,
    );
    const cpus = os.cpus();
    const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${database.label}`;
    const loadAtStart = loadAverage();
    console.log(`bench:overview — ${machine}`);
    console.log(`load average (1 / 5 / 15 min) at start: ${loadAtStart}`);
    console.log(`PostgreSQL settings: ${settings.rows.map((s) => `${s.name}=${s.setting}${s.unit ?? ''}`).join(', ')}`);
    console.log(`data: ${count(EVENTS)} events over ${count(PROJECTS)} projects; load: ${CONNECTIONS} connections × ${SECONDS} s per range\n`);

    // 1. Data set.
    const projects = await insertProjects(pool, PROJECTS);
    const factory = new EventFactory(projects, EVENTS);
    const restoreIndexes = await withoutSecondaryIndexes(pool);
    const copy = await copyEvents(pool, factory, {
      total: EVENTS,
      segment: COPY_SEGMENT,
      now: new Date(),
      onSegment: (done, elapsed) => console.log(`  COPY ${count(done).padStart(12)} rows  ${seconds(elapsed).padStart(8)}  ${count(Math.round(done / (elapsed / 1000)))} rows/s`),
    });
    const dirty = (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM kpi_dirty_days')).rows[0]!.n;
    console.log(`COPY: ${count(copy.rows)} rows in ${seconds(copy.ms)} = ${count(Math.round(copy.rows / (copy.ms / 1000)))} rows/s (the statement trigger wrote ${count(dirty)} dirty-day markers)`);
    const indexMs = await restoreIndexes();
    console.log(`indexes and foreign key rebuilt after the load: ${seconds(indexMs)}`);
    let started = performance.now();
    await pool.query('VACUUM (ANALYZE) business_events');
    console.log(`VACUUM ANALYZE business_events: ${seconds(performance.now() - started)} (what autovacuum would have done by now)`);

    // 2. Initial full rollup (setup, not a target).
    started = performance.now();
    const initial = await runRollupCycle(db, { trigger: 'admin', reason: 'bench:overview initial', now: () => new Date() });
    const initialMs = performance.now() - started;
    if (initial.errors.length) throw new Error(`initial rollup failed: ${JSON.stringify(initial.errors.slice(0, 3))}`);
    const sizes = (await pool.query<{ events: string; kpis: string }>(
      `SELECT pg_size_pretty(pg_total_relation_size('business_events')) AS events, pg_size_pretty(pg_total_relation_size('business_kpi_daily')) AS kpis`,
    )).rows[0]!;
    console.log(`initial rollup: ${count(initial.projects)} projects, ${count(initial.rows)} daily rows in ${seconds(initialMs)} (business_events ${sizes.events}, business_kpi_daily ${sizes.kpis})\n`);

    // 3. Incremental rollup cycles.
    const cycles: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const inserted = await insertRecentEvents(pool, factory, {
        count: ROUND_EVENTS, projectCount: ROUND_PROJECTS, firstKey: EVENTS + 1 + round * ROUND_EVENTS, now: new Date(), withinMs: 30 * 60_000,
      });
      started = performance.now();
      const cycle = await runRollupCycle(db, { trigger: 'admin', reason: 'bench:overview incremental', now: () => new Date() });
      const wall = performance.now() - started;
      cycles.push(wall);
      console.log(`  cycle ${String(round + 1).padStart(2)}: ${inserted} new events → ${cycle.projects} projects, ${cycle.rows} daily rows, ${ms(wall)}${cycle.errors.length ? ` (${cycle.errors.length} errors)` : ''}`);
    }
    const cycle = summarize(cycles);
    console.log(`incremental rollup cycle: p50 ${ms(cycle.p50)}  p95 ${ms(cycle.p95)}  max ${ms(cycle.max)}  (target p95 ≤ ${TARGET.cycleP95} ms)\n`);

    // 4. The real server, and a signed-in owner of every project.
    const cookie = await createMemberSession(pool);
    server = await startServerProcess([path.join(root, 'apps/server/dist/main.js')], {
      DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'warn', RUNHUB_DEMO: '0', RUNHUB_DISABLE_CRON: '1',
    });
    const { baseUrl } = server;
    console.log(`load average before the HTTP load: ${loadAverage()}`);
    await loadOverview({ baseUrl, cookie, projects, range: 'today', seconds: 2, connections: CONNECTIONS }); // warm-up
    const loaded = new Map<BenchRange, LoadResult>();
    for (const range of RANGES) {
      const r = await loadOverview({ baseUrl, cookie, projects, range, seconds: SECONDS, connections: CONNECTIONS });
      loaded.set(range, r);
      console.log(`overview ${range.padEnd(9)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  max ${ms(r.max)}  (${count(r.n)} requests${r.errors ? `, ${r.errors} errors` : ''})`);
    }

    // 5. Naive overview from raw events vs the daily-rollup read behind the overview, and vs the served
    // overview one request at a time, on the same projects.
    console.log(`\nload average before the naive comparison: ${loadAverage()}`);
    const sample = randomSample(projects, NAIVE_PROJECTS);
    const naive = new Map<BenchRange, Summary>();
    const rolledUp = new Map<BenchRange, Summary>();
    const sequential = new Map<BenchRange, Summary>();
    const timed = async (work: () => Promise<unknown>) => {
      const t0 = performance.now();
      await work();
      return performance.now() - t0;
    };
    for (const range of RANGES) {
      const naiveTimes: number[] = [];
      const rolledTimes: number[] = [];
      for (const project of sample) {
        const period = benchPeriod(project, range);
        naiveTimes.push(await timed(() => naiveOverviewKpis(db, { ...project, currency: 'USD' }, period)));
        rolledTimes.push(await timed(() => listDailyRows(db, project.id, comparisonFor(period, period.endDate).startDate, period.endDate)));
      }
      naive.set(range, summarize(naiveTimes));
      rolledUp.set(range, summarize(rolledTimes));
      sequential.set(range, await sequentialOverview(baseUrl, cookie, sample, range));
      const [n, r, s] = [naive.get(range)!, rolledUp.get(range)!, sequential.get(range)!];
      console.log(`${range.padEnd(9)} naive SQL p50 ${ms(n.p50)} p95 ${ms(n.p95)} | daily-rows SQL p50 ${ms(r.p50)} p95 ${ms(r.p95)} | overview over HTTP, one at a time, p50 ${ms(s.p50)} p95 ${ms(s.p95)}  (${sample.length} projects)`);
    }

    // 6. Freshness through the server's debounced rollup job.
    console.log('');
    const freshProjects = randomSample(projects, FRESH_PROJECTS);
    const keys = await createSecretKeys(baseUrl, cookie, freshProjects);
    const fresh: number[] = [];
    let missed = 0;
    for (let i = 0; i < FRESH_SAMPLES; i++) {
      const project: BenchProject = freshProjects[i % freshProjects.length]!;
      const elapsed = await measureFreshness({ baseUrl, cookie, project, apiKey: keys.get(project.id)!, key: `fresh-${Date.now()}-${i}` });
      if (elapsed === null) missed++;
      else fresh.push(elapsed);
    }
    const freshness = summarize(fresh);
    console.log(`freshness: ${fresh.length} samples  p50 ${ms(freshness.p50, 0)}  p95 ${ms(freshness.p95, 0)}  max ${ms(freshness.max, 0)}${missed ? `  (${missed} not fresh after 30 s)` : ''}`);

    // 7. Summary.
    const verdict = (value: number, target: number) => (value <= target ? 'ok' : 'MISSED');
    const line = (name: string, value: string, target: string, ok: string) => console.log(`${name.padEnd(40)} ${value.padStart(12)}  ${target.padEnd(10)} ${ok}`);
    console.log(`\n=== bench:overview summary — ${machine}`);
    console.log(`    ${count(EVENTS)} events, ${count(PROJECTS)} projects, business_events ${sizes.events}; COPY ${count(Math.round(copy.rows / (copy.ms / 1000)))} rows/s; initial rollup ${seconds(initialMs)}`);
    line('figure', 'value', 'target', '');
    for (const range of RANGES) {
      const r = loaded.get(range)!;
      line(`overview ${range} p95 (p50 / p99)`, ms(r.p95), `≤ ${TARGET.overviewP95} ms`, `${verdict(r.p95, TARGET.overviewP95)}   (${ms(r.p50)} / ${ms(r.p99)}, ${r.rps.toFixed(0)} req/s)`);
    }
    line('incremental rollup cycle p95', ms(cycle.p95), `≤ ${TARGET.cycleP95} ms`, `${verdict(cycle.p95, TARGET.cycleP95)}   (p50 ${ms(cycle.p50)}, max ${ms(cycle.max)})`);
    line('event → overview freshness p95', ms(freshness.p95, 0), `≤ ${TARGET.freshnessP95 / 1000} s`, `${missed ? 'MISSED' : verdict(freshness.p95, TARGET.freshnessP95)}   (p50 ${ms(freshness.p50, 0)}, max ${ms(freshness.max, 0)})`);
    for (const range of RANGES) {
      const n = naive.get(range)!;
      const ratioLoaded = n.p95 / loaded.get(range)!.p95;
      const ratioSequential = n.p95 / sequential.get(range)!.p95;
      const ratioSql = n.p95 / rolledUp.get(range)!.p95;
      line(`naive / overview p95, ${range}`, `${ratioLoaded.toFixed(2)}×`, '', `(naive p95 ${ms(n.p95)}; vs one-at-a-time overview ${ratioSequential.toFixed(2)}×; vs daily-rows SQL ${ratioSql.toFixed(1)}×)`);
    }
    console.log(`load average at the end: ${loadAverage()} (at start ${loadAtStart}; the machine may be shared)`);
  } finally {
    await server?.stop();
    await db.destroy();
    await database.stop();
  }
}

await main();
