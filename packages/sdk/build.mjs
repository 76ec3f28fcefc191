// Builds the browser tracker: src/tracker.ts → dist/runhub.js, one minified IIFE with no
// dependencies (contracts are imported as types only), small enough to embed on any page.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url);
const result = await build({
  entryPoints: ['src/tracker.ts'],
  absWorkingDir: here.pathname,
  outfile: 'dist/runhub.js',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2018'],
  minify: true,
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
});
const code = result.outputFiles[0].contents;
// Written whole then renamed, so a server (or a test) reading it never sees half a file.
await mkdir(new URL('dist/', here), { recursive: true });
const temp = new URL(`dist/runhub.js.${process.pid}.tmp`, here);
await writeFile(temp, code);
await rename(temp, new URL('dist/runhub.js', here));
console.log(`sdk built: packages/sdk/dist/runhub.js (${code.length} B, ${gzipSync(code).length} B gzipped)`);
