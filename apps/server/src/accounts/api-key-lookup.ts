import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/pool.ts';
import type { ApiKeyCache, CachedKey } from './api-key-cache.ts';
import { findActiveApiKeyByHash, touchApiKey } from './api-keys.queries.ts';
import { sha256Hex } from './tokens.ts';

/**
 * The active key a raw `pk_…`/`sk_…` token names, from the cache or the database (then cached),
 * or undefined when it is unknown or revoked. Records use at most once a minute per key.
 */
export async function resolveApiKey(db: Db, cache: ApiKeyCache, token: string, now: Date, log: FastifyBaseLogger): Promise<CachedKey | undefined> {
  const hex = sha256Hex(token);
  let key = cache.get(hex, now.getTime());
  if (!key) {
    const row = await findActiveApiKeyByHash(db, Buffer.from(hex, 'hex'));
    if (!row) return undefined;
    key = { keyId: row.id, projectId: row.project_id, kind: row.kind };
    cache.set(hex, key, now.getTime(), row.last_used_at);
  }
  if (cache.shouldRecordUse(hex, now.getTime())) {
    touchApiKey(db, key.projectId, key.keyId, now).catch((err: unknown) => log.warn({ err }, 'could not record API key use'));
  }
  return key;
}
