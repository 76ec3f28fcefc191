import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { projectParams } from '@runhub/contracts/accounts';
import { okEnvelope } from '@runhub/contracts/envelope';
import { createFormBody, formPayload, formsPayload, type Form, type FormField } from '@runhub/contracts/sources';
import { projectAccessOf } from '../accounts/access.ts';
import type { AppDeps } from '../app-deps.ts';
import { insertForm, listFormsWithStats } from './forms.queries.ts';

export function presentForm(f: { id: string; name: string; fields: FormField[]; redirect_url: string | null; created_at: Date }, stats: { count: number; last: Date | null }): Form {
  return {
    formId: f.id,
    name: f.name,
    fields: f.fields,
    redirectUrl: f.redirect_url,
    submitPath: `/v1/forms/${f.id}/submissions`,
    createdAt: f.created_at.toISOString(),
    submissionCount: stats.count,
    lastSubmissionAt: stats.last?.toISOString() ?? null,
  };
}

export function formRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/v1/inhouse/projects/:projectId/forms', {
    config: { permission: 'manage_project' },
    schema: { tags: ['forms'], summary: 'Create a hosted form', params: projectParams, body: createFormBody, response: { 201: okEnvelope(formPayload) } },
  }, async (request, reply) => {
    const { projectId } = projectAccessOf(request);
    const row = await insertForm(db, { projectId, name: request.body.name, fields: request.body.fields, redirectUrl: request.body.redirectUrl ?? null });
    return reply.status(201).send({ ok: true as const, data: { form: presentForm(row, { count: 0, last: null }) } });
  });

  r.get('/v1/inhouse/projects/:projectId/forms', {
    config: { permission: 'read' },
    schema: { tags: ['forms'], summary: 'The project’s forms with their last submission', params: projectParams, response: { 200: okEnvelope(formsPayload) } },
  }, async (request) => {
    const { projectId } = projectAccessOf(request);
    const rows = await listFormsWithStats(db, projectId);
    return { ok: true as const, data: { forms: rows.map((f) => presentForm(f, { count: Number(f.submission_count), last: f.last_submission_at })) } };
  });
}
