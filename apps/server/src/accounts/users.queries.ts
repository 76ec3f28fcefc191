import type { Db } from '../db/pool.ts';

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a user; returns undefined when the email is already taken. */
export function insertUser(db: Db, user: { email: string; name: string; passwordHash: string; locale: string | null }) {
  return db
    .insertInto('users')
    .values({ email: user.email, name: user.name, password_hash: user.passwordHash, locale: user.locale })
    .onConflict((oc) => oc.column('email').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function updateUser(db: Db, id: string, patch: { name?: string; locale?: string | null }) {
  return db
    .updateTable('users')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function setPlatformAdmin(db: Db, email: string, isAdmin: boolean) {
  return db.updateTable('users').set({ is_platform_admin: isAdmin }).where('email', '=', email).returning('id').executeTakeFirst();
}

export function setPasswordHash(db: Db, email: string, passwordHash: string) {
  return db.updateTable('users').set({ password_hash: passwordHash, updated_at: new Date() }).where('email', '=', email).returning('id').executeTakeFirst();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
