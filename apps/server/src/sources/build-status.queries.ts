import type { Db } from '../db/pool.ts';

export function upsertBuildStatus(db: Db, projectId: string, s: { status: 'idle' | 'queued' | 'building' | 'deployed' | 'failed'; url: string | null; message: string | null }, now: Date) {
  return db
    .insertInto('project_build_status')
    .values({ project_id: projectId, ...s, updated_at: now })
    .onConflict((oc) => oc.column('project_id').doUpdateSet({ ...s, updated_at: now }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findBuildStatuses(db: Db, projectIds: string[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('project_build_status').selectAll().where('project_id', 'in', projectIds).execute();
}
