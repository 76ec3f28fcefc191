import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { okEnvelope } from '@runhub/contracts/envelope';
import type { ApiKeyCache } from '../accounts/api-key-cache.ts';
import { resolveApiKey } from '../accounts/api-key-lookup.ts';
import { apiKeyKindOf } from '../accounts/tokens.ts';
import type { AppDeps } from '../app-deps.ts';
import { insertPageViews } from '../events/analytics.queries.ts';
import type { RollupScheduler } from '../kpis/rollup-scheduler.ts';
import type { EventWriter } from '../events/event-writer.ts';
import { ingestEvents, parseEventInput, type IngestItem } from '../events/ingest.ts';
import { jsonTextParser } from '../platform/request-body.ts';
import { AppError } from '../platform/errors.ts';
import { enforceRateLimit } from '../platform/rate-limit.ts';
import { repoPath } from '../platform/repo-paths.ts';
import { isBotUserAgent } from './bots.ts';
import { isTrackerEventType, toBusinessEventInput, toPageView, trackBody, trackResult, TRACK_MAX_EVENTS } from './tracker-rules.ts';

const TRACK_LIMIT = { limit: 600, windowSeconds: 60 };
// 50 events of 4 KB props plus two 2 KB URLs each, with room for JSON overhead.
const TRACK_BODY_LIMIT = 512 * 1024;
const BUNDLE = repoPath('packages', 'sdk', 'dist', 'runhub.js');

async function readBundle(file: string): Promise<{ body: Buffer; etag: string } | undefined> {
  try {
    const body = await fs.readFile(file);
    return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  } catch {
    return undefined;
  }
}

/**
 * The browser tracker: serves runhub.js and takes its events. Sites on any origin call this, so it
 * answers CORS for everyone, never uses cookies, and trusts only the public key in the body.
 */
export async function trackerRoutes(
  app: FastifyInstance,
  deps: AppDeps & { now: () => Date; eventWriter: EventWriter; rollups: RollupScheduler; apiKeyCache: ApiKeyCache; trackerBundle?: string },
): Promise<void> {
  const { db, now, eventWriter } = deps;
  const bundleFile = deps.trackerBundle ?? BUNDLE;
  const r = app.withTypeProvider<ZodTypeProvider>();

  // sendBeacon can only send "simple" content types without a preflight, so JSON arrives as text/plain.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: TRACK_BODY_LIMIT },
    jsonTextParser(app, () => new AppError('validation_error', 'body: must be JSON (sent as application/json or text/plain)')));
  app.addHook('onSend', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*');
  });

  r.get('/sdk/runhub.js', { schema: { tags: ['tracker'], summary: 'The browser tracker script (embed with data-key="pk_…")' } }, async (request, reply) => {
    const bundle = await readBundle(bundleFile);
    if (!bundle) {
      throw new AppError('not_found', 'The tracker is not built: run `npm run build -w packages/sdk` (or `npm run build`) and reload.');
    }
    // A few minutes of caching keeps page loads cheap and still rolls out a new tracker quickly.
    reply.header('cache-control', 'public, max-age=300').header('etag', bundle.etag).type('application/javascript; charset=utf-8');
    if (request.headers['if-none-match'] === bundle.etag) return reply.status(304).send();
    return reply.send(bundle.body);
  });

  r.options('/v1/track', { config: { csrf: false }, schema: { hide: true } }, async (_request, reply) => {
    return reply
      .status(204)
      .header('access-control-allow-methods', 'POST, OPTIONS')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', '86400')
      .send();
  });

  r.post('/v1/track', {
    config: { csrf: false },
    bodyLimit: TRACK_BODY_LIMIT,
    schema: {
      tags: ['tracker'],
      summary: `Browser events from runhub.js (public key in the body; 1–${TRACK_MAX_EVENTS} events; page_view, add_to_cart, checkout_started)`,
      body: trackBody,
      response: { 202: okEnvelope(trackResult) },
    },
  }, async (request, reply) => {
    const { key, events } = request.body;
    const kind = apiKeyKindOf(key);
    if (kind === 'secret') {
      request.log.warn('secret key sent to the browser tracker');
      throw new AppError('forbidden', 'This is a secret key (sk_…): it must never appear in a web page. Use the project\'s public key (pk_…) in data-key, and revoke this secret key.');
    }
    const at = now();
    const apiKey = kind === 'public' ? await resolveApiKey(db, deps.apiKeyCache, key, at, request.log) : undefined;
    if (!apiKey || apiKey.kind !== 'public') throw new AppError('unauthenticated', 'This public key is not valid or has been revoked.');
    await enforceRateLimit(db, `track:${apiKey.keyId}:${request.ip}`, TRACK_LIMIT, at);

    const refused = events.find((event) => !isTrackerEventType(event.eventType));
    if (refused) {
      throw new AppError('forbidden', `A public key may only send page_view, add_to_cart and checkout_started, not ${refused.eventType}; send other events from your server with a secret key.`);
    }
    if (isBotUserAgent(request.headers['user-agent'])) {
      return reply.status(202).send({ ok: true as const, data: { accepted: 0, dropped: events.length } });
    }

    const projectId = apiKey.projectId;
    // One beacon may carry the same event twice (a queue flushed on page hide and again on load).
    const seen = new Set<string>();
    const unique = events.filter((event) => event.eventId === undefined || (!seen.has(event.eventId) && seen.add(event.eventId)));
    const pageViews = unique.filter((event) => event.eventType === 'page_view').map((event) => toPageView(projectId, event, at));
    const items: IngestItem[] = [];
    for (const event of unique) {
      if (event.eventType === 'page_view') continue;
      const parsed = parseEventInput(toBusinessEventInput(event, at));
      if (!parsed.ok) throw new AppError(parsed.error.code, parsed.error.message);
      items.push({ projectId, source: 'tracker', input: parsed.input });
    }
    await insertPageViews(db, pageViews);
    if (pageViews.length > 0) deps.rollups.request([projectId]);
    const outcomes = await ingestEvents(eventWriter, items, at, request.log);
    const failed = outcomes.find((outcome) => !outcome.ok);
    if (failed && !failed.ok) throw new AppError(failed.error.code, failed.error.message);
    return reply.status(202).send({ ok: true as const, data: { accepted: events.length, dropped: 0 } });
  });
}
