import { createInterface } from 'node:readline/promises';
import { seedDemoAccount } from '../accounts/demo.ts';
import { hashPassword } from '../accounts/password.ts';
import { setPasswordHash, setPlatformAdmin } from '../accounts/users.queries.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { seedDemoData } from '../demo/demo-seed.ts';
import { runRollupCycle } from '../kpis/rollup.ts';
import { ROLLUP_USAGE, runRollupCommand } from './rollup-command.ts';

const USAGE = `Usage: npm run runhub -- <command>
  migrate                     apply pending migrations and exit (same as npm run db:migrate)
  grant-admin <email>         make a user a platform admin
  revoke-admin <email>        take platform admin away
  set-password <email>        set a user's password (read from stdin, at least 10 characters)
  demo-seed [seed]            fill the demo projects with 90 days of generated data up to now (adds only
                              what is missing; creates the demo account on an empty database)
${ROLLUP_USAGE}`;

async function readSecret(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  if (process.stdin.isTTY) process.stderr.write('New password: ');
  for await (const line of rl) {
    rl.close();
    return line.trim();
  }
  return '';
}

async function run(argv: string[]): Promise<number> {
  const [command, arg] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config, (m) => console.error(`[runhub] ${m}`));
  try {
    switch (command) {
      case 'migrate': {
        const { applied } = await migrate(database.pool);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
        return 0;
      }
      case 'grant-admin':
      case 'revoke-admin': {
        if (!arg) throw new Error(`${command} needs an email`);
        await migrate(database.pool);
        const done = await setPlatformAdmin(database.db, arg.trim().toLowerCase(), command === 'grant-admin');
        console.log(done ? `${arg}: platform admin ${command === 'grant-admin' ? 'granted' : 'revoked'}` : `no user with email ${arg}`);
        return done ? 0 : 1;
      }
      case 'set-password': {
        if (!arg) throw new Error('set-password needs an email');
        const password = await readSecret();
        if (password.length < 10) throw new Error('the password must be at least 10 characters');
        await migrate(database.pool);
        const done = await setPasswordHash(database.db, arg.trim().toLowerCase(), await hashPassword(password));
        console.log(done ? `${arg}: password updated` : `no user with email ${arg}`);
        return done ? 0 : 1;
      }
      case 'rollup': {
        await migrate(database.pool);
        return await runRollupCommand(database.db, argv.slice(1));
      }
      case 'demo-seed': {
        const seed = arg === undefined ? undefined : Number(arg);
        if (seed !== undefined && !Number.isSafeInteger(seed)) throw new Error(`demo-seed: the seed must be an integer, not "${arg}"`);
        await migrate(database.pool);
        const demo = config.demo ? await seedDemoAccount(database.db) : undefined;
        if (demo) console.log(`created the demo account ${demo.email} with password ${demo.password} (shown only now)`);
        const started = Date.now();
        const seeded = await seedDemoData(database.db, { now: new Date(), seed, log: (m) => console.log(m) });
        const rollup = await runRollupCycle(database.db, { trigger: 'backfill', reason: 'demo seed', now: () => new Date() });
        console.log(`added ${seeded.events} events and ${seeded.pageViews} page views over ${seeded.days} project-days, ${rollup.rows} KPI days, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return 0;
      }
      default:
        console.error(`unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
