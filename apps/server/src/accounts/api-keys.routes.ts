import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { apiKeyParams, apiKeyPayload, apiKeysPayload, createApiKeyBody, createdApiKeyPayload, projectParams } from '@runhub/contracts/accounts';
import { okEnvelope } from '@runhub/contracts/envelope';
import type { AppDeps } from '../app-deps.ts';
import { notFound } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import { projectAccessOf } from './access.ts';
import type { ApiKeyCache } from './api-key-cache.ts';
import { insertApiKey, listApiKeys, revokeApiKey } from './api-keys.queries.ts';
import { presentApiKey } from './present.ts';
import { newApiKey, sha256 } from './tokens.ts';

export function apiKeyRoutes(app: FastifyInstance, deps: AppDeps & { now: () => Date; apiKeyCache: ApiKeyCache }): void {
  const { db, now, apiKeyCache } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/v1/projects/:projectId/api-keys', {
    config: { permission: 'manage_keys' },
    schema: { tags: ['api-keys'], summary: 'Keys of the project, listed by prefix', params: projectParams, response: { 200: okEnvelope(apiKeysPayload) } },
  }, async (request) => {
    const access = projectAccessOf(request);
    const keys = await listApiKeys(db, access.projectId);
    return { ok: true as const, data: { apiKeys: keys.map(presentApiKey) } };
  });

  r.post('/v1/projects/:projectId/api-keys', {
    config: { permission: 'manage_keys' },
    schema: {
      tags: ['api-keys'],
      summary: 'Create a key; the full key is in this response only',
      params: projectParams,
      body: createApiKeyBody,
      response: { 201: okEnvelope(createdApiKeyPayload) },
    },
  }, async (request, reply) => {
    const access = projectAccessOf(request);
    const { key, prefix } = newApiKey(request.body.kind);
    const row = await insertApiKey(db, {
      projectId: access.projectId,
      kind: request.body.kind,
      label: request.body.label,
      prefix,
      keyHash: sha256(key),
      publishableKey: request.body.kind === 'public' ? key : null,
      createdBy: access.userId,
    });
    return reply.status(201).send({ ok: true as const, data: { apiKey: { ...presentApiKey(row), key } } });
  });

  r.delete('/v1/projects/:projectId/api-keys/:keyId', {
    config: { permission: 'manage_keys' },
    schema: { tags: ['api-keys'], summary: 'Revoke a key (it stops working at once)', params: apiKeyParams, response: { 200: okEnvelope(apiKeyPayload) } },
  }, async (request) => {
    const access = projectAccessOf(request);
    const row = isUuid(request.params.keyId) ? await revokeApiKey(db, access.projectId, request.params.keyId, now()) : undefined;
    if (!row) throw notFound('API key');
    // This process forgets it now; the others when the NOTIFY arrives.
    apiKeyCache.forget(row.id);
    return { ok: true as const, data: { apiKey: presentApiKey(row) } };
  });
}
