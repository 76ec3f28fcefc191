import type { BuildStatus } from '@runhub/contracts/sources';
import type { Db } from '../db/pool.ts';
import { presentBuildStatus } from './present-build-status.ts';

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

/**
 * The last reported status of each of these projects, keyed by project id: one statement for a whole
 * list. The accounts area presents its projects with it (it never reads this table itself).
 */
export async function findBuildStatusesByProject(db: Db, projectIds: string[]): Promise<Map<string, BuildStatus>> {
  const rows = await findBuildStatuses(db, projectIds);
  return new Map(rows.map((row) => [row.project_id, presentBuildStatus(row)]));
}
