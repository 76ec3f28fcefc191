// Bundles the server (and the CLI) into dist/ with esbuild. Workspace packages (@runhub/*) are TS
// source, so they are bundled in; everything from node_modules stays external.
import { cp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url);
const rootPkg = JSON.parse(readFileSync(new URL('../../package.json', here), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('package.json', here), 'utf8'));
const external = Object.keys({ ...pkg.dependencies, ...rootPkg.dependencies }).filter((name) => !name.startsWith('@runhub/'));

await rm(new URL('dist/', here), { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.ts', cli: 'src/cli/runhub.ts' },
  absWorkingDir: new URL('.', here).pathname,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
await cp(new URL('src/db/migrations/', here), new URL('dist/migrations/', here), { recursive: true });
console.log('server built: apps/server/dist/main.js, dist/cli.js');
