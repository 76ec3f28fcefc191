// Browser tests: find Debian's Chromium, start the built server on a fresh embedded PostgreSQL
// (the same path as `npm start`), run Playwright against it, stop everything.
// Without Chromium the tests are skipped with a loud notice, except under CI=true where that fails.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const here = import.meta.dirname;
const root = path.resolve(here, '..');

function findChromium() {
  const candidates = [process.env.RUNHUB_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  for (const candidate of candidates) if (fs.existsSync(candidate)) return candidate;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const chromium = findChromium();
if (!chromium) {
  const banner = '#'.repeat(78);
  console.error(`\n${banner}\n#  BROWSER TESTS SKIPPED: Chromium was not found (apt-get install -y chromium).\n${banner}\n`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'runhub-e2e-'));
const { DATABASE_URL: _ignored, ...inherited } = process.env;
const server = spawn(process.execPath, [path.join(root, 'apps/server/dist/main.js')], {
  cwd: root,
  env: { ...inherited, PORT: '0', RUNHUB_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
server.stdout.on('data', (d) => (output += d));
server.stderr.on('data', (d) => (output += d));

const baseUrl = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${output}`)), 90_000);
  server.stdout.on('data', () => {
    const match = /is up on (http:\/\/[\d.]+:\d+)/.exec(output);
    if (match) {
      clearTimeout(timer);
      resolve(match[1]);
    }
  });
  server.on('exit', (code) => {
    clearTimeout(timer);
    reject(new Error(`server exited with ${code}:\n${output}`));
  });
}).catch((error) => {
  console.error(error.message);
  server.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
});
const demoPassword = /password: (\S+)/.exec(output)?.[1] ?? '';
console.log(`[e2e] server on ${baseUrl}, Chromium at ${chromium}`);
// Tests that check what was stored (e.g. tracker page views, which have no API yet) read the database.
const { port: databasePort } = JSON.parse(fs.readFileSync(path.join(dataDir, 'postgres.json'), 'utf8'));
const databaseUrl = `postgres://runhub:runhub@127.0.0.1:${databasePort}/runhub`;

const playwright = spawn('npx', ['playwright', 'test', '-c', path.join(here, 'playwright.config.ts'), ...process.argv.slice(2)], {
  cwd: here,
  stdio: 'inherit',
  env: { ...process.env, RUNHUB_E2E_BASE_URL: baseUrl, RUNHUB_E2E_DATABASE_URL: databaseUrl, RUNHUB_CHROMIUM: chromium, RUNHUB_E2E_DEMO_EMAIL: 'demo@runhub.local', RUNHUB_E2E_DEMO_PASSWORD: demoPassword },
});
const code = await new Promise((resolve) => playwright.on('exit', (c) => resolve(c ?? 1)));

server.kill('SIGTERM');
await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.on('exit', resolve)));
fs.rmSync(dataDir, { recursive: true, force: true });
if (code !== 0) console.error(`[e2e] server output:\n${output.slice(-4000)}`);
process.exit(code);
