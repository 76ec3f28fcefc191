import { sql } from 'kysely';
import type { ApiKeyKind } from '@runhub/contracts/accounts';
import type { Db } from '../db/pool.ts';
import { REVOCATION_CHANNEL } from './api-key-cache.ts';

const listed = ['id', 'kind', 'label', 'prefix', 'publishable_key', 'created_at', 'last_used_at', 'revoked_at'] as const;

export function insertApiKey(
  db: Db,
  k: { projectId: string; kind: ApiKeyKind; label: string; prefix: string; keyHash: Buffer; publishableKey: string | null; createdBy: string | null },
) {
  return db
    .insertInto('api_keys')
    .values({ project_id: k.projectId, kind: k.kind, label: k.label, prefix: k.prefix, key_hash: k.keyHash, publishable_key: k.publishableKey, created_by: k.createdBy })
    .returning(listed)
    .executeTakeFirstOrThrow();
}

export function listApiKeys(db: Db, projectId: string) {
  return db.selectFrom('api_keys').select(listed).where('project_id', '=', projectId).orderBy('created_at', 'desc').execute();
}

/** Revokes a key and, on commit, tells every process to drop it from its key cache. */
export function revokeApiKey(db: Db, projectId: string, keyId: string, now: Date) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('api_keys')
      .set({ revoked_at: sql<Date>`coalesce(revoked_at, ${now})` })
      .where('project_id', '=', projectId)
      .where('id', '=', keyId)
      .returning(listed)
      .executeTakeFirst();
    if (row) await sql`SELECT pg_notify(${REVOCATION_CHANNEL}, ${keyId})`.execute(trx);
    return row;
  });
}

export function findActiveApiKeyByHash(db: Db, keyHash: Buffer) {
  return db
    .selectFrom('api_keys')
    .select(['project_id', 'id', 'kind', 'last_used_at'])
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** Records use at most once a minute per key, so hot keys do not write on every request. */
export function touchApiKey(db: Db, projectId: string, keyId: string, now: Date) {
  return db
    .updateTable('api_keys')
    .set({ last_used_at: now })
    .where('project_id', '=', projectId)
    .where('id', '=', keyId)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`${now}::timestamptz - interval '1 minute'`)]))
    .execute();
}
