import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { installProjectAccess } from './accounts/access.ts';
import { ApiKeyCache, listenForRevocations } from './accounts/api-key-cache.ts';
import { apiKeyRoutes } from './accounts/api-keys.routes.ts';
import { authRoutes } from './accounts/auth.routes.ts';
import { memberRoutes } from './accounts/members.routes.ts';
import { projectRoutes } from './accounts/projects.routes.ts';
import { actionRoutes } from './actions/actions.routes.ts';
import type { AppDeps } from './app-deps.ts';
import { EventWriter } from './events/event-writer.ts';
import { kpiRoutes } from './kpis/kpis.routes.ts';
import { overviewRoutes } from './kpis/overview.routes.ts';
import { RollupScheduler } from './kpis/rollup-scheduler.ts';
import { kpiHealthRoutes } from './admin/kpi-health.routes.ts';
import { eventRoutes } from './events/events.routes.ts';
import { installAuth } from './platform/auth.ts';
import { buildStatusRoutes } from './sources/build-status.routes.ts';
import { formSubmissionRoutes } from './sources/form-submissions.routes.ts';
import { formRoutes } from './sources/forms.routes.ts';
import { stripeWebhookRoutes } from './sources/stripe-webhook.routes.ts';
import { stripeRoutes } from './sources/stripe.routes.ts';
import { trackerRoutes } from './sources/tracker.routes.ts';
import { clientErrorOptions } from './platform/client-errors.ts';
import { installClosingAnswer } from './platform/closing.ts';
import { installErrorHandling } from './platform/error-handler.ts';
import { healthRoutes } from './platform/health.routes.ts';
import { installOpenApi } from './platform/openapi.ts';
import { OneLineRequestLog } from './platform/request-log.ts';
import { installJsonParser } from './platform/request-body.ts';
import { installWebApp } from './platform/web.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Builds the HTTP app without listening: main.ts listens, tests use `app.inject`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const now = deps.now ?? (() => new Date());
  const { config } = deps;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.webhookSecret'], censor: '[redacted]' },
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // installClosingAnswer answers requests that arrive during shutdown, in the API's envelope.
    return503OnClosing: false,
    ...clientErrorOptions,
    requestIdHeader: false,
    logController: new OneLineRequestLog(),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandling(app);
  installClosingAnswer(app);
  installJsonParser(app);
  await app.register(cookie);
  await installOpenApi(app);

  healthRoutes(app, deps);
  if (config.role !== 'worker') {
    // One group-commit writer per process: every source's events share its batches.
    const apiKeyCache = new ApiKeyCache();
    const rollups = new RollupScheduler(deps.boss, app.log);
    const routeDeps = { ...deps, now, eventWriter: new EventWriter(deps, (ids) => rollups.request(ids)), apiKeyCache, rollups };
    let stopListening: (() => Promise<void>) | undefined;
    app.addHook('onReady', async () => {
      stopListening = await listenForRevocations(deps.pool, apiKeyCache, (err) => app.log.error({ err }, 'API key revocation listener failed'));
    });
    app.addHook('onClose', async () => stopListening?.());
    // Signed-in users and API keys.
    await app.register(async (api) => {
      installAuth(api, { db: deps.db, config, now, apiKeyCache });
      installProjectAccess(api, deps.db);
      authRoutes(api, routeDeps);
      projectRoutes(api, routeDeps);
      memberRoutes(api, routeDeps);
      apiKeyRoutes(api, routeDeps);
      eventRoutes(api, routeDeps);
      actionRoutes(api, routeDeps);
      kpiRoutes(api, routeDeps);
      overviewRoutes(api, routeDeps);
      kpiHealthRoutes(api, routeDeps);
      formRoutes(api, routeDeps);
      stripeRoutes(api, routeDeps);
      buildStatusRoutes(api, routeDeps);
    });
    // Public endpoints other sites and Stripe call; each checks its own credential.
    await app.register((hooks) => stripeWebhookRoutes(hooks, routeDeps));
    await app.register((forms) => formSubmissionRoutes(forms, routeDeps));
    // The browser tracker: its own body parser (beacons send text/plain) and CORS for every origin.
    await app.register((tracker) => trackerRoutes(tracker, routeDeps));
    await installWebApp(app, config.webDist);
  }
  return app;
}
