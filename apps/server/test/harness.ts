import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import type pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { readMigrations } from '../src/db/migrate.ts';
import { createDb, createPool, type Db } from '../src/db/pool.ts';
import type PgBoss from 'pg-boss';
import { startJobs } from '../src/jobs/boss.ts';
import { JOBS } from '../src/jobs/registry.ts';
import { cloneTemplate } from './template.ts';

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  pool: pg.Pool;
  url: string;
  config: Config;
  /** The clock the app sees; tests move it instead of sleeping. */
  clock: { now: Date };
  /** The job queue, when created `withJobs` (its worker runs jobs in this process). */
  boss?: PgBoss;
  close(): Promise<void>;
}

/**
 * A fresh migrated database and an app on it (not listening). With `sharing`, a second app on
 * that context's database instead (reached at its `url`: another address of the same database
 * works too), as another process of the same deployment would be; closing it drops nothing.
 */
export async function createTestContext(env: Record<string, string> = {}, sharing?: Pick<TestContext, 'url'>, options: { withJobs?: boolean } = {}): Promise<TestContext> {
  const { url, drop } = sharing ? { url: sharing.url, drop: async () => undefined } : await cloneTemplate(inject('adminUrl'), inject('templateDb'));
  const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: url, ...env });
  const pool = createPool(url, 4);
  const db = createDb(pool);
  const clock = { now: new Date() };
  const boss = options.withJobs
    ? await startJobs({ connectionString: url, role: 'all', cronEnabled: false, jobs: JOBS, schedule: [], context: { db, log: silentLog, now: () => clock.now }, log: silentLog })
    : undefined;
  const app = await buildApp({ config, pool, db, migrations: await readMigrations(), now: () => clock.now, boss });
  await app.ready();
  return {
    app,
    db,
    pool,
    url,
    config,
    clock,
    boss,
    async close() {
      await app.close();
      await boss?.stop({ graceful: false, wait: true });
      await db.destroy();
      await drop();
    },
  };
}

const silentLog = pino({ level: 'silent' });

let userCounter = 0;

export interface SignedIn {
  cookie: string;
  userId: string;
  email: string;
}

/** Pulls `name=value` of the session cookie out of a response, ready for a Cookie header. */
export function sessionCookieFrom(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name.endsWith('runhub_session'));
  if (!cookie) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  return `${cookie.name}=${cookie.value}`;
}

export async function signUp(app: FastifyInstance, email = `user${++userCounter}-${Date.now()}@example.com`): Promise<SignedIn> {
  const res = await app.inject({ method: 'POST', url: '/v1/auth/signup', payload: { email, password: 'correct horse battery', name: 'Test User' } });
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
  return { cookie: sessionCookieFrom(res), userId: res.json().data.user.id, email };
}

export const validProject = { name: 'Shop', industry: 'ecommerce', timezone: 'Europe/Paris', currency: 'EUR', locale: 'fr' } as const;

export async function createProject(app: FastifyInstance, cookie: string, body: object = validProject): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/v1/projects', headers: { cookie }, payload: body });
  if (res.statusCode !== 201) throw new Error(`project create failed: ${res.statusCode} ${res.body}`);
  return res.json().data.project.id;
}

export async function createApiKey(app: FastifyInstance, cookie: string, projectId: string, kind: 'public' | 'secret'): Promise<{ id: string; key: string }> {
  const res = await app.inject({ method: 'POST', url: `/v1/projects/${projectId}/api-keys`, headers: { cookie }, payload: { kind, label: `${kind} key` } });
  if (res.statusCode !== 201) throw new Error(`key create failed: ${res.statusCode} ${res.body}`);
  return { id: res.json().data.apiKey.id, key: res.json().data.apiKey.key };
}
