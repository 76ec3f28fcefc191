import type PgBoss from 'pg-boss';
import { seedDemoAccount } from './accounts/demo.ts';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/connect.ts';
import { migrate, readMigrations } from './db/migrate.ts';
import { startJobs } from './jobs/boss.ts';
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
    }
  }

  const app = await buildApp({ config, pool: database.pool, db: database.db, migrations });
  let boss: PgBoss | undefined;
  try {
    boss = await startJobs({
      connectionString: database.url,
      role: config.role,
      cronEnabled: config.cronEnabled,
      jobs: JOBS,
      schedule: SCHEDULE,
      context: { db: database.db, log: app.log, now: () => new Date() },
      log: app.log,
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
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
