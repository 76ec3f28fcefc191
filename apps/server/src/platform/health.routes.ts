import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { isMigrated } from '../db/migrate.ts';
import { AppError } from './errors.ts';

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/healthz', { schema: { tags: ['health'], summary: 'The process is up' } }, async () => ({ ok: true, data: { status: 'up' } }));

  app.get('/readyz', { schema: { tags: ['health'], summary: 'The database answers and every migration is applied' } }, async (request) => {
    let migrated: boolean;
    try {
      migrated = await isMigrated(deps.pool, deps.migrations);
    } catch (err) {
      request.log.warn({ err }, 'readiness check failed');
      throw new AppError('not_ready', 'The database is not reachable.');
    }
    if (!migrated) throw new AppError('not_ready', 'Migrations are not applied yet.');
    return { ok: true, data: { status: 'ready', migrations: deps.migrations.length } };
  });
}
