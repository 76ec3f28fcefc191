// npm run bench:ingest — ingestion throughput and latency on loopback, with both baselines.
// Prints figures; never part of the test run. Set BENCH_DATABASE_URL to use your own server,
// BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 50,100,200: the concurrency levels
// single-event POSTs are measured at, for the stored endpoint and the no-DB baseline alike) and
// BENCH_REPEATS (default 3: rounds of that sweep, baseline and stored taking turns, so a slow
// moment of the machine does not land on one side only; each figure is the median round's) to
// change the load.
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { startServerProcess } from './child-server.ts';
import { describeCpu, startCpuCount } from './cpu-time.ts';
import { benchDatabase } from './postgres.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LEVELS = (process.env.BENCH_CONNECTIONS ?? '50,100,200').split(',').map(Number);
const CONNECTIONS = LEVELS[0]!;
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));
const BATCH = 500;
const root = path.resolve(import.meta.dirname, '..');
let counter = 0;

const event = (key = `bench-${process.pid}-${++counter}`) =>
  ({ eventType: 'payment_succeeded', occurredAt: new Date().toISOString(), idempotencyKey: key, amountCents: 4200, currency: 'USD', customerEmail: 'buyer@example.com', sessionId: 's1', payload: { cart_id: 'c1' } });

type Phase = Awaited<ReturnType<typeof load>>;

/** One phase of load; CPU is counted per request (per event for batches: `eventsPerRequest`). */
async function load(opts: { url: string; headers: Record<string, string>; body: () => string; connections?: number; serverPid?: number; eventsPerRequest?: number }) {
  const cpuSince = startCpuCount(opts.serverPid);
  const result = await autocannon({
    url: opts.url,
    method: 'POST',
    connections: opts.connections ?? CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', ...opts.headers },
    requests: [{ setupRequest: (req) => ({ ...req, body: opts.body() }) }],
  });
  const ok = result['2xx'];
  const cpu = cpuSince(ok * (opts.eventsPerRequest ?? 1));
  return { rps: ok / SECONDS, p50: result.latency.p50, p95: percentile(result, 95), p99: result.latency.p99, errors: result.non2xx + result.errors, cpu };
}

/** The phase of the median rate (its latencies and CPU come with it). */
function median(phases: Phase[]): Phase {
  return [...phases].sort((a, b) => a.rps - b.rps)[Math.floor((phases.length - 1) / 2)]!;
}

function spread(phases: Phase[]): string {
  if (phases.length < 2) return '';
  const rates = phases.map((p) => p.rps);
  return `  (${REPEATS} rounds: ${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)})`;
}

// autocannon reports p90 and p97.5; p95 is interpolated between them.
function percentile(result: autocannon.Result, p: 95): number {
  const l = result.latency as unknown as Record<string, number>;
  return l.p95 ?? (l.p90! + ((l.p97_5! - l.p90!) * (p - 90)) / 7.5);
}

async function rawInsertRate(url: string, projectId: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const columns = ['project_id', 'event_type', 'occurred_at', 'source', 'amount_cents', 'currency', 'customer_email', 'session_id', 'payload', 'idempotency_key'];
  let rows = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (Date.now() < end) {
        const values: unknown[] = [];
        const tuples: string[] = [];
        for (let i = 0; i < BATCH; i++) {
          const e = event(`raw-${++counter}`);
          const row = [projectId, e.eventType, e.occurredAt, 'server', e.amountCents, e.currency, e.customerEmail, e.sessionId, JSON.stringify(e.payload), e.idempotencyKey];
          tuples.push(`(${row.map((_, j) => `$${values.length + j + 1}`).join(',')})`);
          values.push(...row);
        }
        const res = await pool.query(`INSERT INTO business_events (${columns.join(',')}) VALUES ${tuples.join(',')} ON CONFLICT (project_id, idempotency_key) DO NOTHING`, values);
        rows += res.rowCount ?? 0;
      }
    }),
  );
  await pool.end();
  return rows / SECONDS;
}

async function main() {
  const db = await benchDatabase();
  console.log(`bench:ingest — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${db.label}`);
  console.log(`load: single events at ${LEVELS.join(', ')} connections (${REPEATS} rounds, medians), replays at ${CONNECTIONS}, batches of ${BATCH} from 8; ${SECONDS} s per phase\n`);
  const server = await startServerProcess([path.join(root, 'apps/server/dist/main.js')], {
    DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'warn', RUNHUB_DEMO: '0', RUNHUB_DISABLE_CRON: '1', DATABASE_POOL_SIZE: '10',
  });
  const baseline = await startServerProcess(['--import', 'tsx', path.join(root, 'bench/baseline-server.ts')], {});
  try {
    const signup = await fetch(`${server.baseUrl}/v1/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@example.com', password: 'benchmark-password', name: 'Bench' }) });
    const cookie = signup.headers.get('set-cookie')!.split(';')[0]!;
    const project = await (await fetch(`${server.baseUrl}/v1/projects`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'Bench', industry: 'ecommerce', timezone: 'UTC', currency: 'USD', locale: 'en' }) })).json() as { data: { project: { id: string } } };
    const projectId = project.data.project.id;
    const key = await (await fetch(`${server.baseUrl}/v1/projects/${projectId}/api-keys`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ kind: 'secret', label: 'bench' }) })).json() as { data: { apiKey: { key: string } } };
    const headers = { authorization: `Bearer ${key.data.apiKey.key}` };
    const single = `${server.baseUrl}/v1/inhouse/projects/${projectId}/business-events`;

    await load({ url: single, headers, body: () => JSON.stringify(event()), connections: 10 }); // warm-up
    // Throughput is compared where each side peaks: a durable commit makes the stored endpoint
    // latency-bound at low concurrency (its rate keeps rising with connections), while the no-DB
    // baseline is CPU-bound from the start. Every level is printed, with its ratio.
    const rounds = LEVELS.map(() => ({ noDb: [] as Phase[], stored: [] as Phase[] }));
    for (let round = 0; round < REPEATS; round++) {
      for (const [i, connections] of LEVELS.entries()) {
        rounds[i]!.noDb.push(await load({ url: `${baseline.baseUrl}/v1/inhouse/projects/${projectId}/business-events`, headers, body: () => JSON.stringify(event()), serverPid: baseline.child.pid, connections }));
        rounds[i]!.stored.push(await load({ url: single, headers, body: () => JSON.stringify(event()), serverPid: server.child.pid, connections }));
      }
    }
    const sweep = LEVELS.map((connections, i) => ({ connections, noDb: median(rounds[i]!.noDb), stored: median(rounds[i]!.stored), spread: { noDb: spread(rounds[i]!.noDb), stored: spread(rounds[i]!.stored) } }));
    const replayEvent = JSON.stringify(event('bench-replayed-key'));
    const replay = await load({ url: single, headers, body: () => replayEvent, serverPid: server.child.pid });
    const batch = await load({ url: `${single}/batch`, headers, connections: 8, body: () => JSON.stringify({ events: Array.from({ length: BATCH }, () => event()) }), serverPid: server.child.pid, eventsPerRequest: BATCH });
    const raw = await rawInsertRate(db.url, projectId);

    const row = (name: string, r: Phase, unit = 'req/s', rounds = '') =>
      console.log(`${name.padEnd(44)} ${r.rps.toFixed(0).padStart(8)} ${unit}   p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms${r.errors ? `  (${r.errors} errors)` : ''}${rounds}`);
    const cpuRow = (r: Phase, per = 'request') => console.log(`${''.padEnd(44)} ${describeCpu(r.cpu).replace('per request', `per ${per}`)}`);
    for (const { connections, noDb, stored, spread: s } of sweep) {
      row(`no-DB baseline, ${connections} connections`, noDb, 'req/s', s.noDb);
      cpuRow(noDb);
      row(`single event POST, stored, ${connections} conns`, stored, 'req/s', s.stored);
      cpuRow(stored);
    }
    row(`single event POST, duplicate replay, ${CONNECTIONS} c.`, replay);
    cpuRow(replay);
    console.log(`${'batch POST (500 events), stored'.padEnd(44)} ${(batch.rps * BATCH).toFixed(0).padStart(8)} events/s   (${batch.rps.toFixed(1)} req/s, p50 ${batch.p50.toFixed(0)} ms, p99 ${batch.p99.toFixed(0)} ms)`);
    cpuRow(batch, 'event');
    console.log(`${'raw multi-row INSERT … ON CONFLICT (pg, 4 conns)'.padEnd(44)} ${raw.toFixed(0).padStart(8)} rows/s`);
    console.log('');
    const peak = (pick: (s: (typeof sweep)[number]) => Phase) => sweep.reduce((best, s) => (pick(s).rps > pick(best).rps ? s : best));
    const storedPeak = peak((s) => s.stored);
    const noDbPeak = peak((s) => s.noDb);
    console.log(`single / no-DB baseline at ${sweep.map((s) => `${s.connections}: ${(s.stored.rps / s.noDb.rps).toFixed(2)}`).join(', ')} connections`);
    console.log(`single / no-DB baseline   ${(storedPeak.stored.rps / noDbPeak.noDb.rps).toFixed(2)}   (target ≥ 0.45; peak to peak: ${storedPeak.stored.rps.toFixed(0)} req/s at ${storedPeak.connections} connections over ${noDbPeak.noDb.rps.toFixed(0)} at ${noDbPeak.connections})`);
    console.log(`batch / raw insert        ${((batch.rps * BATCH) / raw).toFixed(2)}   (target ≥ 0.40)`);
    console.log(`replay / no-DB baseline   ${(replay.rps / sweep[0]!.noDb.rps).toFixed(2)}   (both at ${CONNECTIONS} connections)`);
  } finally {
    await server.stop();
    await baseline.stop();
    await db.stop();
  }
}

await main();
