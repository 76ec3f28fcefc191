import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { isMigrated } from '../db/migrate.ts';

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/healthz', { schema: { tags: ['health'], summary: 'The process is up' } }, async () => ({ ok: true, data: { status: 'up' } }));

  app.get('/readyz', { schema: { tags: ['health'], summary: 'The database answers and every migration is applied' } }, async (request, reply) => {
    try {
      if (await isMigrated(deps.pool, deps.migrations)) return { ok: true, data: { status: 'ready', migrations: deps.migrations.length } };
      return reply.status(503).send({ ok: false, error: { code: 'not_ready', message: 'Migrations are not applied yet.' } });
    } catch (err) {
      request.log.warn({ err }, 'readiness check failed');
      return reply.status(503).send({ ok: false, error: { code: 'not_ready', message: 'The database is not reachable.' } });
    }
  });
}
