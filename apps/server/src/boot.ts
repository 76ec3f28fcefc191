import type { FastifyInstance } from 'fastify';
import type PgBoss from 'pg-boss';
import { pino } from 'pino';
import { seedDemoAccount } from './accounts/demo.ts';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/connect.ts';
import { migrate, readMigrations } from './db/migrate.ts';
import { seedDemoData } from './demo/demo-seed.ts';
import { startJobs } from './jobs/boss.ts';
import { rollupCycleJob } from './kpis/rollup.job.ts';
import { runRollupCycle } from './kpis/rollup.ts';
import { JOBS } from './jobs/registry.ts';
import { SCHEDULE } from './jobs/schedule.ts';

/** config → database (embedded or URL) → migrate → app + jobs → listen. Returns how to stop gracefully. */
export async function boot(env: Record<string, string | undefined> = process.env): Promise<{ stop: () => Promise<void>; port: number }> {
  const config = loadConfig(env);
  const say = (message: string) => console.log(`[runhub] ${message}`);
  const database = await openDatabase(config, say);
  const migrations = await readMigrations();
  const { applied } = await migrate(database.pool, migrations);
  if (applied.length > 0) say(`applied migrations: ${applied.join(', ')}`);

  if (config.demo) {
    const demo = await seedDemoAccount(database.db);
    if (demo) {
      say('created the demo account (this password is shown only now):');
      say(`  email:    ${demo.email}`);
      say(`  password: ${demo.password}`);
      say('  reset it any time with: npm run runhub -- set-password demo@runhub.local');
      const started = Date.now();
      const seeded = await seedDemoData(database.db, { now: new Date() });
      // Rolled up before the first page is served, so the demo overview is never empty.
      const rollup = await runRollupCycle(database.db, { trigger: 'backfill', reason: 'demo seed', now: () => new Date() });
      say(`demo data: ${seeded.events} events and ${seeded.pageViews} page views over ${seeded.days} project-days, ${rollup.rows} KPI days (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  }

  // Jobs start first: the app hands them work (e.g. the KPI rollup a few seconds after an event).
  const log = pino({ level: config.logLevel });
  let boss: PgBoss | undefined;
  let app: FastifyInstance | undefined;
  try {
    boss = await startJobs({
      connectionString: database.url,
      role: config.role,
      cronEnabled: config.cronEnabled,
      jobs: JOBS,
      schedule: SCHEDULE,
      context: { db: database.db, log, now: () => new Date() },
      log,
    });
    // Whatever was ingested while no worker ran (or by a seed) is rolled up now, not in 15 minutes.
    await boss.send(rollupCycleJob.name, { reason: 'boot' });
    app = await buildApp({ config, pool: database.pool, db: database.db, migrations, boss });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app?.close();
    await boss?.stop({ graceful: false });
    await database.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  say(`Run Hub (${config.role}) is up on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      say('stopping…');
      await app.close();
      await boss?.stop({ graceful: true, timeout: 10_000, wait: true });
      await database.close();
      say('stopped');
    })();
    return stopping;
  };
  return { stop, port };
}
