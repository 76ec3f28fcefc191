import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { insertEventsSkippingDuplicates } from '../events/events.queries.ts';
import { toEventRow } from '../events/ingest.ts';
import { sendError, toAppError } from '../platform/error-handler.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { nulRefused, urlencodedHasNul } from '../platform/request-body.ts';
import { isUuid } from '../platform/ids.ts';
import type { RollupScheduler } from '../kpis/rollup-scheduler.ts';
import { enforceRateLimit } from '../platform/rate-limit.ts';
import { notSentPage, thanksPage } from './form-pages.ts';
import { readSubmission } from './form-rules.ts';
import { findFormById, insertSubmission } from './forms.queries.ts';

const SUBMIT_LIMIT = { limit: 10, windowSeconds: 60 };
const MAX_BODY = 64 * 1024;

/** A post from a plain HTML form: urlencoded, or multipart (which is refused, with a page that says so). */
function isHtmlForm(request: FastifyRequest): boolean {
  const type = request.headers['content-type'] ?? '';
  return type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
}

function referrerOf(request: FastifyRequest): string | undefined {
  return typeof request.headers.referer === 'string' ? request.headers.referer.slice(0, 2048) : undefined;
}

/** The page the form was posted from, when it is one a visitor can be sent back to. */
function formPage(referrer: string | undefined): string | undefined {
  return referrer && /^https?:\/\//.test(referrer) ? referrer.split('#')[0] : undefined;
}

/** Where a plain HTML form goes after posting: the form's redirect, else back where it came from. */
function redirectTarget(redirectUrl: string | null, referrer: string | undefined): string | undefined {
  if (redirectUrl) return redirectUrl;
  const back = formPage(referrer);
  return back ? `${back}#submitted` : undefined;
}

function thanks(reply: FastifyReply, target: string | undefined) {
  if (target) return reply.redirect(target, 303);
  return reply.status(200).type('text/html; charset=utf-8').send(thanksPage());
}

/**
 * Public endpoint of hosted forms: any site may post here (JSON from scripts, urlencoded from a
 * plain HTML form). The submission and its events commit together.
 */
export async function formSubmissionRoutes(app: FastifyInstance, deps: AppDeps & { now: () => Date; rollups: RollupScheduler }): Promise<void> {
  const { db, now, rollups } = deps;
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: MAX_BODY }, (_req, body, done) => {
    if (urlencodedHasNul(body as string)) return done(nulRefused(), undefined);
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  // A refused plain HTML post is shown to a person in their browser: a page that says why, not JSON.
  app.setErrorHandler((thrown: FastifyError | AppError, request, reply) => {
    const error = toAppError(thrown, request);
    if (!isHtmlForm(request)) return sendError(reply, error);
    return sendError(reply.type('text/html; charset=utf-8'), error, notSentPage(error.message, formPage(referrerOf(request))));
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*');
  });
  app.options('/v1/forms/:formId/submissions', { config: { csrf: false }, schema: { hide: true } }, async (_request, reply) => {
    return reply.status(204).header('access-control-allow-methods', 'POST').header('access-control-allow-headers', 'content-type').header('access-control-max-age', '86400').send();
  });

  app.post('/v1/forms/:formId/submissions', {
    config: { csrf: false },
    bodyLimit: MAX_BODY,
    schema: {
      tags: ['forms'],
      summary: 'Submit a hosted form (public; JSON, or urlencoded with a redirect)',
      params: z.object({ formId: z.string().max(64) }),
    },
  }, async (request, reply) => {
    const { formId } = request.params as { formId: string };
    const form = isUuid(formId) ? await findFormById(db, formId) : undefined;
    if (!form) throw notFound('Form');
    await enforceRateLimit(db, `form:${formId}:${request.ip}`, SUBMIT_LIMIT, now());
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AppError('validation_error', 'body: must be an object of field values');
    const read = readSubmission(form.fields, body as Record<string, unknown>);
    if (!read.ok) throw new AppError('validation_error', read.message);
    const referrer = referrerOf(request);
    const target = redirectTarget(form.redirect_url, referrer);

    // Bots get a success answer (a plain post the very one a person gets), and nothing is stored.
    if (read.bot) {
      request.log.info({ formId }, 'form honeypot filled: dropped');
      return isHtmlForm(request) ? thanks(reply, target) : reply.status(201).send({ ok: true, data: { submissionId: null, leadCreated: false } });
    }

    const at = now();
    const { submission, leadCreated } = await db.transaction().execute(async (trx) => {
      const submission = await insertSubmission(trx, { projectId: form.project_id, formId, data: read.data, email: read.email, referrer: referrer ?? null });
      const common = { occurredAt: at.toISOString(), entityType: 'form_submission', entityId: submission.id, payload: { formId, formName: form.name, fields: read.data } };
      const items = [{ projectId: form.project_id, source: 'form' as const, input: { ...common, eventType: 'form_submitted', idempotencyKey: `form:${submission.id}`, ...(read.email ? { customerEmail: read.email } : {}) } }];
      if (read.email) items.push({ projectId: form.project_id, source: 'form', input: { ...common, eventType: 'lead_created', idempotencyKey: `lead:${submission.id}`, customerEmail: read.email } });
      await insertEventsSkippingDuplicates(trx, items.map(toEventRow));
      return { submission, leadCreated: read.email !== null };
    });
    rollups.request([form.project_id]);
    if (isHtmlForm(request)) return thanks(reply, target);
    return reply.status(201).send({ ok: true, data: { submissionId: submission.id, leadCreated } });
  });
}
