import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okEnvelope } from '@runhub/contracts/envelope';
import { batchBody, batchPayload, businessEvent, businessEventInput, eventsPage, ingestResult, listEventsQuery } from '@runhub/contracts/events';
import { projectParams } from '@runhub/contracts/accounts';
import { accessedProject, projectAccessOf } from '../accounts/access.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError, notFound } from '../platform/errors.ts';
import type { Principal } from '../platform/auth.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import type { EventWriter } from './event-writer.ts';
import { countEvents, findEventById, listEvents } from './events.queries.ts';
import { ingestEvents, parseEventInput, type IngestItem } from './ingest.ts';
import { presentEvent } from './present.ts';
import { fromPublicId } from './public-id.ts';

/** Events posted with a secret key come from the site's server; with a session, from a person. */
function sourceOf(principal: Principal | null) {
  return principal?.kind === 'key' ? ('server' as const) : ('admin' as const);
}

const BASE = '/v1/inhouse/projects/:projectId/business-events';

// Ingestion is the hot path: its responses are built right here, so they are serialized without
// being validated again (the response schemas still document them in OpenAPI).
const plainJson = () => (data: unknown) => JSON.stringify(data);

export function eventRoutes(app: FastifyInstance, deps: AppDeps & { now: () => Date; eventWriter: EventWriter }): void {
  const { db, now, eventWriter } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(BASE, {
    config: { permission: 'write' },
    serializerCompiler: plainJson,
    schema: {
      tags: ['events'],
      summary: 'Record one business event (idempotent on idempotencyKey)',
      params: projectParams,
      body: businessEventInput,
      response: { 200: okEnvelope(ingestResult), 201: okEnvelope(ingestResult) },
    },
  }, async (request, reply) => {
    const { projectId } = projectAccessOf(request);
    const [outcome] = await ingestEvents(eventWriter, [{ projectId, source: sourceOf(request.principal), input: request.body }], now(), request.log);
    if (!outcome!.ok) throw new AppError(outcome!.error.code, outcome!.error.message);
    const { id, publicId, deduplicated } = outcome!;
    return reply.status(deduplicated ? 200 : 201).send({ ok: true as const, data: { id, publicId, deduplicated } });
  });

  r.post(`${BASE}/batch`, {
    config: { permission: 'write' },
    serializerCompiler: plainJson,
    schema: {
      tags: ['events'],
      summary: 'Record up to 500 events; each item succeeds or fails on its own',
      params: projectParams,
      body: batchBody,
      response: { 200: okEnvelope(batchPayload) },
    },
  }, async (request) => {
    const { projectId } = projectAccessOf(request);
    const source = sourceOf(request.principal);
    const parsed = request.body.events.map(parseEventInput);
    const valid: IngestItem[] = [];
    for (const p of parsed) if (p.ok) valid.push({ projectId, source, input: p.input });
    const outcomes = await ingestEvents(eventWriter, valid, now(), request.log);
    let next = 0;
    const results = parsed.map((p, index) => {
      const outcome = p.ok ? outcomes[next++]! : p;
      return outcome.ok
        ? { index, ok: true as const, id: outcome.id, publicId: outcome.publicId, deduplicated: outcome.deduplicated }
        : { index, ok: false as const, error: outcome.error };
    });
    const stored = results.filter((x) => x.ok && !x.deduplicated).length;
    const deduplicated = results.filter((x) => x.ok && x.deduplicated).length;
    return { ok: true as const, data: { results, stored, deduplicated, rejected: results.length - stored - deduplicated } };
  });

  r.get(BASE, {
    config: { permission: 'read' },
    schema: { tags: ['events'], summary: 'List events (timeline or ingestion order, cursor or offset paging)', params: projectParams, querystring: listEventsQuery, response: { 200: okEnvelope(eventsPage) } },
  }, async (request) => {
    const { projectId } = projectAccessOf(request);
    const q = request.query;
    if (q.cursor !== undefined && q.offset !== undefined) throw new AppError('validation_error', 'cursor and offset: use one or the other, not both');
    if (q.startDate && q.endDate && q.startDate > q.endDate) throw new AppError('validation_error', 'startDate: must not be after endDate');
    const cursor = q.cursor === undefined ? undefined : decodeCursor(q.cursor, q.orderBy);
    if (q.cursor !== undefined && !cursor) throw new AppError('validation_error', `cursor: is malformed or not a ${q.orderBy} cursor`);
    const project = await accessedProject(db, request);
    const eventTypes = q.eventType?.split(',').map((t) => t.trim()).filter(Boolean);
    const filters = { projectId, timezone: project.timezone, eventTypes, customerEmail: q.customerEmail, startDate: q.startDate, endDate: q.endDate };
    const [rows, total] = await Promise.all([
      listEvents(db, filters, { orderBy: q.orderBy, cursor, offset: q.offset, limit: q.limit + 1 }),
      q.includeTotal && !cursor ? countEvents(db, filters) : Promise.resolve(undefined),
    ]);
    const hasMore = rows.length > q.limit;
    const events = rows.slice(0, q.limit);
    const last = events.at(-1);
    const nextCursor = hasMore && last
      ? encodeCursor(q.orderBy === 'timeline' ? { kind: 'timeline', occurredAt: last.occurred_at, id: last.id } : { kind: 'ingestion', id: last.id })
      : null;
    return { ok: true as const, data: { events: events.map(presentEvent), nextCursor, hasMore, ...(total === undefined ? {} : { total }) } };
  });

  r.get(`${BASE}/:publicId`, {
    config: { permission: 'read' },
    schema: { tags: ['events'], summary: 'One event by its public id', params: projectParams.extend({ publicId: z.string().max(64) }), response: { 200: okEnvelope(z.object({ event: businessEvent })) } },
  }, async (request) => {
    const { projectId } = projectAccessOf(request);
    const id = fromPublicId(request.params.publicId);
    const event = id === undefined ? undefined : await findEventById(db, projectId, id);
    if (!event) throw notFound('Event');
    return { ok: true as const, data: { event: presentEvent(event) } };
  });
}
