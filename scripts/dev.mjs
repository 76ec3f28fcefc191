// `npm run dev`: the server with reload on change (port 3000) and Vite's dev server (port 5173)
// proxying /v1 to it. Open http://localhost:5173.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = path.resolve(import.meta.dirname, '..');
// The tracker is served from its build; the server and the UI reload from source.
buildIfStale({ only: ['sdk'] });
const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'apps/server/src/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, RUNHUB_PUBLIC_URL: process.env.RUNHUB_PUBLIC_URL ?? 'http://localhost:5173' },
  }),
  spawn('npx', ['vite'], { cwd: path.join(root, 'apps/web'), stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((c) => c.on('exit', (code) => {
  if (code) process.exitCode = code;
  stop();
}));
