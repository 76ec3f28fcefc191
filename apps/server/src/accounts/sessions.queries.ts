import { sql } from 'kysely';
import type { Db } from '../db/pool.ts';
import { executePrepared } from '../db/prepared.ts';
import { projectColumnsAs, type ProjectRow } from './projects.queries.ts';

export function insertSession(db: Db, s: { tokenHash: Buffer; userId: string; expiresAt: Date }) {
  return db.insertInto('sessions').values({ token_hash: s.tokenHash, user_id: s.userId, expires_at: s.expiresAt }).execute();
}

const sessionColumns = ['sessions.token_hash', 'sessions.expires_at', 'sessions.last_seen_at'] as const;
const userColumns = ['users.id', 'users.email', 'users.name', 'users.locale', 'users.is_platform_admin', 'users.created_at'] as const;

/** The live session for a token hash together with its user, or undefined. */
export async function findLiveSession(db: Db, tokenHash: Buffer, now: Date) {
  const query = db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(sessionColumns)
    .select(userColumns)
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now);
  return (await executePrepared(db, query)).rows[0];
}

/**
 * The live session with its user and, in the same statement, the user's role in one project and
 * that project (both null when the user is not a member): a member's request to a project route is
 * signed in and let through with one round trip instead of three.
 */
export async function findLiveSessionInProject(db: Db, tokenHash: Buffer, now: Date, projectId: string) {
  const query = db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('project_members as m', (join) => join.onRef('m.user_id', '=', 'users.id').on('m.project_id', '=', projectId))
    .leftJoin('projects', 'projects.id', 'm.project_id')
    .select(sessionColumns)
    .select(userColumns)
    .select(['m.role', ...projectColumnsAs])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now);
  const row = (await executePrepared(db, query)).rows[0];
  if (!row) return undefined;
  const { role, project_id, project_name, project_industry, project_timezone, project_currency, project_locale, project_created_at, project_updated_at, ...session } = row;
  // A membership always has its project (foreign key): both columns are null together or not at all.
  if (role === null || project_id === null) return { ...session, membership: null };
  const project: ProjectRow = {
    id: project_id, name: project_name!, industry: project_industry!, timezone: project_timezone!, currency: project_currency!,
    locale: project_locale!, created_at: project_created_at!, updated_at: project_updated_at!,
  };
  return { ...session, membership: { role, project } };
}

/** Sliding expiry, written at most once a minute per session to keep reads cheap. */
export function touchSession(db: Db, tokenHash: Buffer, now: Date, expiresAt: Date) {
  return db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .where('last_seen_at', '<', sql<Date>`${now}::timestamptz - interval '1 minute'`)
    .execute();
}

export function deleteSession(db: Db, tokenHash: Buffer) {
  return db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
