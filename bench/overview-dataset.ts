import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * The synthetic data set of bench:overview: projects in a mix of zones, and business events with a
 * realistic type mix, sizes skewed across projects and time skewed toward recent days.
 */

export interface BenchProject {
  id: string;
  timezone: string;
}

export const ZONES = [
  'America/New_York', 'Europe/London', 'Africa/Cairo', 'Asia/Kathmandu', 'Asia/Tokyo', 'Australia/Sydney',
  'America/Sao_Paulo', 'Asia/Kolkata', 'Europe/Berlin', 'UTC', 'America/Los_Angeles', 'Pacific/Auckland',
] as const;

export const HISTORY_DAYS = 90;
// Event density decays with age as e^(-age/45 days): today is ~7× busier than 90 days ago.
const DECAY_DAYS = 45;
const DAY_MS = 86_400_000;

// Server-side business events only: page views live in analytics_events and are not generated.
const MIX: readonly [string, number][] = [
  ['add_to_cart', 25], ['checkout_started', 15], ['payment_succeeded', 10], ['lead_created', 10], ['form_submitted', 8],
  ['user_signed_up', 6], ['checkout_abandoned', 6], ['newsletter_subscribed', 5], ['booking_requested', 3],
  ['payment_failed', 2], ['booking_confirmed', 2], ['trial_started', 2], ['recovery_email_sent', 2], ['promo_email_sent', 2],
  ['payment_refunded', 1], ['onboarding_email_sent', 1],
];
const MONEY = new Set(['payment_succeeded', 'payment_failed', 'payment_refunded']);
const WITH_CUSTOMER = new Set([...MONEY, 'lead_created', 'form_submitted', 'user_signed_up', 'newsletter_subscribed', 'booking_requested', 'booking_confirmed', 'trial_started']);

const COLUMNS = ['project_id', 'event_type', 'occurred_at', 'received_at', 'source', 'session_id', 'customer_email', 'amount_cents', 'currency', 'payload', 'idempotency_key'] as const;
type Row = [string, string, string, string, string, string | null, string | null, number | null, string | null, string, string];

export const idempotencyKeyOf = (n: number) => `b:${String(n).padStart(8, '0')}`; // the column wants 8–128 characters

function cumulative(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => (acc += w / total));
}

function pickIndex(cdf: readonly number[], r: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Makes event rows; project sizes follow a Zipf-like law (s = 0.5): most have 5–15k events of 10M, a few 100k+. */
export class EventFactory {
  private readonly projectCdf: number[];
  private readonly sessionsPerDay: number[];
  private readonly typeCdf = cumulative(MIX.map(([, w]) => w));

  constructor(private readonly projects: readonly BenchProject[], totalEvents: number) {
    const weights = projects.map((_, k) => 1 / Math.sqrt(k + 1));
    this.projectCdf = cumulative(weights);
    const sum = weights.reduce((a, b) => a + b, 0);
    // About three events per session per day, so distinct-session counts are not just event counts.
    this.sessionsPerDay = weights.map((w) => Math.max(3, Math.round((totalEvents * (w / sum)) / HISTORY_DAYS / 3)));
  }

  row(key: number, occurredMs: number, projectIndex = pickIndex(this.projectCdf, Math.random())): Row {
    const project = this.projects[projectIndex]!;
    const type = MIX[pickIndex(this.typeCdf, Math.random())]![0];
    const money = MONEY.has(type);
    const day = Math.floor(occurredMs / DAY_MS);
    const session = Math.random() < 0.9 ? `s${day}-${Math.floor(Math.random() * this.sessionsPerDay[projectIndex]!)}` : null;
    const email = WITH_CUSTOMER.has(type) ? `c${Math.floor(Math.random() * 20_000)}@example.com` : null;
    const amount = money ? Math.round(Math.exp(Math.log(5_000) + 0.8 * gaussian())) : null;
    const currency = money ? (Math.random() < 0.02 ? 'EUR' : 'USD') : null;
    const payload = type === 'payment_succeeded' ? `{"order_id": "o${key}"}` : '{}';
    const occurred = new Date(occurredMs).toISOString();
    const received = new Date(occurredMs + Math.floor(Math.random() * 5_000)).toISOString();
    return [project.id, type, occurred, received, 'server', session, email, amount, currency, payload, idempotencyKeyOf(key)];
  }

  get projectCount(): number {
    return this.projects.length;
  }
}

function gaussian(): number {
  return Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
}

/** Age in days of the event at quantile q of the history (q = 0: newest), from the decaying density. */
function ageAt(q: number): number {
  return -DECAY_DAYS * Math.log(1 - q * (1 - Math.exp(-HISTORY_DAYS / DECAY_DAYS)));
}

const toCopyLine = (row: Row) => `${row.map((v) => (v === null ? '\\N' : String(v))).join('\t')}\n`;

/**
 * A bulk load's usual shape: the secondary indexes and the foreign key are dropped before COPY
 * and built once afterwards (sorting once is far cheaper than 10M index insertions). Returns the
 * function that puts them back; the primary key stays throughout.
 */
export async function withoutSecondaryIndexes(pool: pg.Pool): Promise<() => Promise<number>> {
  const indexes = (await pool.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'business_events' AND indexname <> 'business_events_pkey'`,
  )).rows;
  const foreignKeys = (await pool.query<{ name: string; def: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'business_events'::regclass AND contype = 'f'`,
  )).rows;
  for (const fk of foreignKeys) await pool.query(`ALTER TABLE business_events DROP CONSTRAINT ${pg.escapeIdentifier(fk.name)}`);
  for (const index of indexes) await pool.query(`DROP INDEX ${pg.escapeIdentifier(index.name)}`);
  return async () => {
    const started = performance.now();
    // Two at a time: each build is one CPU-bound sort.
    const queue = [...indexes];
    await Promise.all([0, 1].map(async () => {
      for (let index = queue.shift(); index; index = queue.shift()) await pool.query(index.def);
    }));
    for (const fk of foreignKeys) await pool.query(`ALTER TABLE business_events ADD CONSTRAINT ${pg.escapeIdentifier(fk.name)} ${fk.def}`);
    return performance.now() - started;
  };
}

/**
 * Streams `total` events through COPY FROM STDIN, oldest first (the heap ends up in arrival
 * order, as in production), in statements of `segment` rows. Rows are made chunk by chunk when
 * the stream asks for more, so memory stays flat whatever the total.
 */
export async function copyEvents(
  pool: pg.Pool,
  factory: EventFactory,
  opts: { total: number; segment: number; now: Date; onSegment: (done: number, elapsedMs: number) => void },
): Promise<{ rows: number; ms: number }> {
  const started = performance.now();
  const nowMs = opts.now.getTime();
  const CHUNK = 5_000;
  let next = 0;
  while (next < opts.total) {
    const end = Math.min(opts.total, next + opts.segment);
    const client = await pool.connect();
    try {
      let i = next;
      const source = new Readable({
        read() {
          if (i >= end) {
            this.push(null);
            return;
          }
          const stop = Math.min(end, i + CHUNK);
          let text = '';
          for (; i < stop; i++) {
            const q = 1 - (i + Math.random()) / opts.total;
            text += toCopyLine(factory.row(i + 1, Math.min(nowMs - 1_000, nowMs - ageAt(q) * DAY_MS)));
          }
          this.push(text);
        },
      });
      await pipeline(source, client.query(copyFrom(`COPY business_events (${COLUMNS.join(', ')}) FROM STDIN`)));
    } finally {
      client.release();
    }
    next = end;
    opts.onSegment(next, performance.now() - started);
  }
  return { rows: next, ms: performance.now() - started };
}

/**
 * One ordinary multi-row INSERT of `count` events over `projectCount` random projects, each
 * within the last `withinMs` — what a burst of live traffic between two rollup cycles looks like.
 */
export async function insertRecentEvents(
  pool: pg.Pool,
  factory: EventFactory,
  opts: { count: number; projectCount: number; firstKey: number; now: Date; withinMs: number },
): Promise<number> {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(opts.projectCount, factory.projectCount)) chosen.add(Math.floor(Math.random() * factory.projectCount));
  const indexes = [...chosen];
  const values: unknown[] = [];
  const tuples: string[] = [];
  for (let n = 0; n < opts.count; n++) {
    const row = factory.row(opts.firstKey + n, opts.now.getTime() - Math.random() * opts.withinMs, indexes[n % indexes.length]);
    tuples.push(`(${row.map((_, j) => `$${values.length + j + 1}`).join(',')})`);
    values.push(...row);
  }
  const result = await pool.query(`INSERT INTO business_events (${COLUMNS.join(', ')}) VALUES ${tuples.join(',')}`, values);
  return result.rowCount ?? 0;
}

/** Projects inserted with SQL: zones round-robin over ZONES, half ecommerce, half services, all USD. */
export async function insertProjects(pool: pg.Pool, count: number): Promise<BenchProject[]> {
  const result = await pool.query<BenchProject>(
    `INSERT INTO projects (name, industry, timezone, currency, locale)
     SELECT 'Bench project ' || g, CASE WHEN g % 2 = 0 THEN 'ecommerce' ELSE 'services' END, ($2::text[])[1 + g % cardinality($2::text[])], 'USD', 'en'
     FROM generate_series(1, $1::int) AS g ORDER BY g
     RETURNING id, timezone`,
    [count, ZONES],
  );
  return result.rows;
}
