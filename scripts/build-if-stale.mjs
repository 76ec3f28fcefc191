// Builds the web app, the browser tracker and/or the server when their output is missing or older
// than any source file they are built from, so `npm start` on a fresh clone builds once and later starts at once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

const shared = ['packages/contracts', 'packages/i18n'].map((p) => newestMtime(path.join(root, p)));
const targets = [
  { name: 'web', workspace: 'apps/web', output: 'apps/web/dist/index.html', sources: ['apps/web'] },
  // The server serves the tracker from packages/sdk/dist, so it is built first.
  { name: 'sdk', workspace: 'packages/sdk', output: 'packages/sdk/dist/runhub.js', sources: ['packages/sdk/src', 'packages/sdk/build.mjs'] },
  { name: 'server', workspace: 'apps/server', output: 'apps/server/dist/main.js', sources: ['apps/server/src', 'apps/server/build.mjs'] },
];

export function buildIfStale({ only } = {}) {
  for (const target of targets) {
    if (only && !only.includes(target.name)) continue;
    const sources = Math.max(...shared, ...target.sources.map((s) => {
      const full = path.join(root, s);
      return fs.existsSync(full) && fs.statSync(full).isFile() ? mtime(full) : newestMtime(full);
    }));
    if (mtime(path.join(root, target.output)) >= sources) continue;
    console.log(`[runhub] building ${target.name}…`);
    const result = spawnSync('npm', ['run', 'build', '-w', target.workspace], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
