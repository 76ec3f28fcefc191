import { createInterface } from 'node:readline/promises';
import { hashPassword } from '../accounts/password.ts';
import { setPasswordHash, setPlatformAdmin } from '../accounts/users.queries.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';

const USAGE = `Usage: npm run runhub -- <command>
  migrate                     apply pending migrations and exit (same as npm run db:migrate)
  grant-admin <email>         make a user a platform admin
  revoke-admin <email>        take platform admin away
  set-password <email>        set a user's password (read from stdin, at least 10 characters)`;

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
