import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';
import { holdEventKey, lockWaits } from '../../test/row-locks.ts';
import { EventWriter } from './event-writer.ts';
import { toEventRow } from './ingest.ts';

let t: TestContext;
let projectId: string;

beforeAll(async () => {
  t = await createTestContext();
  const { cookie } = await signUp(t.app);
  projectId = await createProject(t.app, cookie);
});
afterAll(() => t.close());

let seq = 0;
const row = (key = `writer-${Date.now()}-${++seq}`) =>
  toEventRow({ projectId, source: 'server', input: { eventType: 'lead_created', occurredAt: new Date().toISOString(), idempotencyKey: key } });

const storedCount = async (keys: string[]) =>
  Number((await t.db.selectFrom('business_events').select((eb) => eb.fn.countAll().as('n')).where('idempotency_key', 'in', keys).executeTakeFirstOrThrow()).n);

/**
 * Puts one write in flight and keeps it there: another transaction holds the same idempotency key
 * uncommitted, so the writer's statement waits on it until `release` rolls that transaction back.
 */
async function holdOneWriteInFlight(writer: EventWriter) {
  const key = `held-${Date.now()}-${++seq}`;
  const { release } = await holdEventKey(t, projectId, key);
  const held = writer.write([row(key)]);
  await expect.poll(() => lockWaits(t)).toBe(1);
  return { held, release };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('EventWriter group commit', () => {
  it('keeps small writes back while a commit is in flight, then stores them together in one statement', async () => {
    const commits: number[] = [];
    const writer = new EventWriter(t, () => commits.push(Date.now()));
    const { held, release } = await holdOneWriteInFlight(writer);
    const keys = Array.from({ length: 5 }, (_, i) => `small-${Date.now()}-${i}`);
    const smalls: Promise<unknown>[] = [];
    for (const key of keys) {
      smalls.push(writer.write([row(key)]));
      await nextTurn(); // each in its own turn of the event loop, as separate requests would be
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await storedCount(keys)).toBe(0);

    await release();
    const [first] = await held;
    expect(first!.deduplicated).toBe(false);
    const answered = (await Promise.all(smalls)).flat() as { deduplicated: boolean }[];
    expect(answered.map((r) => r.deduplicated)).toEqual([false, false, false, false, false]);
    expect(await storedCount(keys)).toBe(5);
    expect(commits).toHaveLength(2); // the held write, then the five together
  });

  it('lets a large batch commit beside the one in flight', async () => {
    const writer = new EventWriter(t, () => undefined, { minRowsToOverlap: 100 });
    const { held, release } = await holdOneWriteInFlight(writer);
    const rows = Array.from({ length: 150 }, () => row());
    const results = await writer.write(rows);
    expect(results.filter((r) => !r.deduplicated)).toHaveLength(150);
    expect(await storedCount(rows.map((r) => r.idempotencyKey))).toBe(150);

    let heldAnswered = false;
    void held.then(() => (heldAnswered = true));
    await nextTurn();
    expect(heldAnswered).toBe(false);
    await release();
    expect((await held)[0]!.deduplicated).toBe(false);
  });

  it('writes the next batch to PostgreSQL before answering the batch that just committed', async () => {
    const order: string[] = [];
    const pool = new pg.Pool({ connectionString: t.url, max: 2 });
    const recording = {
      connect: async () => {
        const client = await pool.connect();
        const query = client.query.bind(client);
        client.query = ((...args: Parameters<typeof query>) => {
          order.push('statement');
          return query(...args);
        }) as typeof client.query;
        return client;
      },
    };
    try {
      const writer = new EventWriter({ db: t.db, pool: recording });
      const { held, release } = await holdOneWriteInFlight(writer);
      void held.then(() => order.push('answered'));
      const waiting = writer.write([row(), row()]);
      await nextTurn();
      expect(order).toEqual(['statement']);

      await release();
      await held;
      expect((await waiting).map((r) => r.deduplicated)).toEqual([false, false]);
      expect(order).toEqual(['statement', 'statement', 'answered']);
    } finally {
      await pool.end();
    }
  });
});
