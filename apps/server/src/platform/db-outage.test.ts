import net from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';
import { isDatabaseOutage } from './db-outage.ts';

/**
 * A TCP proxy in front of the test's PostgreSQL that can be cut (every connection dropped, new ones
 * refused) and opened again on the same port: a database outage and its end, for real.
 */
function outageProxy(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const socketDir = target.searchParams.get('host');
  const port = Number(target.port || 5432);
  const upstream = () => (socketDir?.startsWith('/') ? net.connect({ path: `${socketDir}/.s.PGSQL.${port}` }) : net.connect(port, target.hostname));
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let listenPort = 0;
  return {
    async open() {
      server = net.createServer((client) => {
        const db = upstream();
        // Either side closing or failing closes the other, as a dropped connection does.
        for (const [s, other] of [[client, db], [db, client]] as const) {
          sockets.add(s);
          s.on('close', () => {
            sockets.delete(s);
            other.destroy();
          });
          s.on('error', () => other.destroy());
        }
        client.pipe(db).pipe(client);
      });
      await new Promise<void>((resolve) => server!.listen(listenPort, '127.0.0.1', resolve));
      listenPort = (server.address() as net.AddressInfo).port;
    },
    async cut() {
      const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
    url() {
      const url = new URL(databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(listenPort);
      url.searchParams.delete('host');
      return url.toString();
    },
  };
}

let t: TestContext;
let proxy: ReturnType<typeof outageProxy>;
/** A second app of the same deployment, reaching the database through the proxy. */
let behindProxy: TestContext;
let url: string;
let headers: Record<string, string>;
let cookie: string;
let projectId: string;

beforeAll(async () => {
  t = await createTestContext();
  ({ cookie } = await signUp(t.app));
  projectId = await createProject(t.app, cookie);
  const apiKey = await createApiKey(t.app, cookie, projectId, 'secret');
  headers = { authorization: `Bearer ${apiKey.key}` };
  url = `/v1/inhouse/projects/${projectId}/business-events`;
  proxy = outageProxy(t.url);
  await proxy.open();
  behindProxy = await createTestContext({}, { url: proxy.url() });
});
afterAll(async () => {
  await behindProxy?.close();
  await t.close();
});

let n = 0;
const post = () =>
  behindProxy.app.inject({ method: 'POST', url, headers, payload: { eventType: 'lead_created', occurredAt: new Date().toISOString(), idempotencyKey: `outage-${Date.now()}-${++n}` } });

describe('a database outage', () => {
  it('answers 503 unavailable with Retry-After while PostgreSQL cannot be reached, and recovers after', async () => {
    expect((await post()).statusCode).toBe(201);

    await proxy.cut();
    const during = await post();
    expect(during.statusCode, during.body).toBe(503);
    expect(during.headers['retry-after']).toBe('5');
    expect(during.json().error).toEqual({ code: 'unavailable', message: 'The database cannot be reached right now. Try again in a moment.' });
    const listing = await behindProxy.app.inject({ url, headers });
    expect(listing.statusCode).toBe(503);
    expect(listing.json().error.code).toBe('unavailable');

    await proxy.open();
    expect((await post()).statusCode).toBe(201);
  });
});

const listeners = async () =>
  Number((await t.pool.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN runhub_api_key_revoked'`)).rows[0].n);

describe('after a database outage', () => {
  it('listens for key revocations again, however long the database was away', async () => {
    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 2500)); // longer than the first retries
    await proxy.open();
    await expect.poll(listeners, { timeout: 5000 }).toBe(2); // this app's and the other one's
    const doomed = await createApiKey(t.app, cookie, projectId, 'secret');
    const postWith = (key: string) => behindProxy.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${key}` }, payload: { eventType: 'lead_created', occurredAt: new Date().toISOString(), idempotencyKey: `doomed-${Date.now()}-${++n}` } });
    expect((await postWith(doomed.key)).statusCode).toBe(201); // the key is in this app's cache now

    const revoked = await t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/api-keys/${doomed.id}`, headers: { cookie } });
    expect(revoked.statusCode).toBe(200);
    // The cache would keep the key for a minute: only the notification can refuse it this soon.
    await expect.poll(async () => (await postWith(doomed.key)).statusCode, { timeout: 3000 }).toBe(401);
  });
});

describe('connections killed under load', () => {
  it('loses no acknowledged event, answers every failure with a 503, and a retry stores each event once', async () => {
    const killer = new pg.Client({ connectionString: t.url });
    await killer.connect();
    let kills = 0;
    let killing = true;
    const killLoop = (async () => {
      while (killing) {
        const r = await killer.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'runhub' AND pid <> pg_backend_pid()`);
        kills += r.rowCount ?? 0;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const keys = Array.from({ length: 800 }, (_, i) => `killed-${Date.now()}-${i}`);
    const postAll = async (batch: string[]) => {
      const answers: LightMyRequestResponse[] = [];
      for (let wave = 0; wave < batch.length; wave += 100) {
        answers.push(...(await Promise.all(batch.slice(wave, wave + 100).map((idempotencyKey) =>
          behindProxy.app.inject({ method: 'POST', url, headers, payload: { eventType: 'lead_created', occurredAt: new Date().toISOString(), idempotencyKey } })))));
      }
      return answers;
    };
    const answers = await postAll(keys);
    killing = false;
    await killLoop;

    const acknowledged = keys.filter((_, i) => answers[i]!.statusCode === 201);
    const failed = keys.filter((_, i) => answers[i]!.statusCode !== 201);
    // How many fail depends on the machine's speed against the kill loop's; that both happen does not.
    expect(kills).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(failed.length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.statusCode !== 201 && a.statusCode !== 503).slice(0, 3).map((a) => `${a.statusCode} ${a.body}`)).toEqual([]);
    const storedNow = await killer.query<{ idempotency_key: string }>('SELECT idempotency_key FROM business_events WHERE idempotency_key = ANY($1)', [keys]);
    const storedKeys = new Set(storedNow.rows.map((r) => r.idempotency_key));
    expect(acknowledged.filter((key) => !storedKeys.has(key))).toEqual([]);

    // A 503 may come after the commit (api.md): the client retries with the same key, and gets
    // the stored event back or stores it now; either way each event exists once.
    const retried = await postAll(failed);
    expect(retried.filter((a) => a.statusCode !== 201 && a.statusCode !== 200).map((a) => `${a.statusCode} ${a.body}`)).toEqual([]);
    expect(retried.filter((a, i) => (a.statusCode === 200) !== storedKeys.has(failed[i]!))).toEqual([]);
    const counts = await killer.query<{ n: number; keys: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT idempotency_key)::int AS keys FROM business_events WHERE idempotency_key = ANY($1)', [keys]);
    await killer.end();
    expect(counts.rows[0]).toEqual({ n: keys.length, keys: keys.length });
  });
});

describe('isDatabaseOutage', () => {
  it('knows a refused connection and a terminated session, and not a failed statement', async () => {
    const refused = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:1/none' });
    const connectError = await refused.connect().then(() => null, (e: unknown) => e);
    expect(isDatabaseOutage(connectError)).toBe(true);

    const victim = new pg.Client({ connectionString: t.url });
    victim.on('error', () => undefined);
    await victim.connect();
    const pid = (await victim.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const running = victim.query('SELECT pg_sleep(5)').then(() => null, (e: unknown) => e);
    await t.pool.query('SELECT pg_terminate_backend($1)', [pid]);
    expect(isDatabaseOutage(await running)).toBe(true);

    const statementError = await t.pool.query('SELECT 1/0').then(() => null, (e: unknown) => e);
    expect(isDatabaseOutage(statementError)).toBe(false);
    expect(isDatabaseOutage(new Error('ENOENT: no such file'))).toBe(false);
  });
});
