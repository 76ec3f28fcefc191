import type { Role } from '@runhub/contracts/accounts';
import type { Db } from '../db/pool.ts';

export async function findRole(db: Db, projectId: string, userId: string): Promise<Role | undefined> {
  const row = await db
    .selectFrom('project_members')
    .select('role')
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

export function listMembers(db: Db, projectId: string) {
  return db
    .selectFrom('project_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.email', 'u.name', 'm.role', 'm.added_at'])
    .where('m.project_id', '=', projectId)
    .orderBy('m.added_at')
    .execute();
}

/** Adds a member; returns undefined when the user already is one. */
export function insertMember(db: Db, projectId: string, userId: string, role: Role) {
  return db
    .insertInto('project_members')
    .values({ project_id: projectId, user_id: userId, role })
    .onConflict((oc) => oc.columns(['project_id', 'user_id']).doNothing())
    .returning(['user_id', 'role', 'added_at'])
    .executeTakeFirst();
}

/**
 * Removes a member unless they are the project's last owner. Locks the project's owner rows so two
 * concurrent removals cannot both pass the check. Returns what happened.
 */
export function deleteMemberKeepingAnOwner(db: Db, projectId: string, userId: string) {
  return db.transaction().execute(async (trx): Promise<'removed' | 'not_member' | 'last_owner'> => {
    const owners = await trx
      .selectFrom('project_members')
      .select('user_id')
      .where('project_id', '=', projectId)
      .where('role', '=', 'owner')
      .forUpdate()
      .execute();
    const target = await trx
      .selectFrom('project_members')
      .select('role')
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!target) return 'not_member';
    if (target.role === 'owner' && owners.length <= 1) return 'last_owner';
    await trx.deleteFrom('project_members').where('project_id', '=', projectId).where('user_id', '=', userId).execute();
    return 'removed';
  });
}
