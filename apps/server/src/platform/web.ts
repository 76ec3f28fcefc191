import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { noRoute } from './errors.ts';
import { repoPath } from './repo-paths.ts';

const DEFAULT_WEB_DIST = repoPath('apps', 'web', 'dist');

/** Serves the built web app, with index.html for client-side routes. Returns false when it is not built. */
export async function installWebApp(app: FastifyInstance, webDist = DEFAULT_WEB_DIST): Promise<boolean> {
  const root = webDist;
  if (!fs.existsSync(path.join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // Off, or send's own `public, max-age=0` would overwrite what setHeaders decides.
    cacheControl: false,
    // Vite puts content-hashed files under /assets/: they never change, so browsers may keep them.
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (pathname.startsWith('/v1/') || path.extname(pathname)) {
      throw noRoute('GET', pathname);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  });
  return true;
}
