import { sql } from 'kysely';
import type { Db } from '../db/pool.ts';

/** Whether payments are set up, and when Stripe last called; undefined when no secret is stored. */
export function findPaymentsConnection(db: Db, projectId: string) {
  return db.selectFrom('stripe_integrations').select(['last_webhook_at']).where('project_id', '=', projectId).executeTakeFirst();
}

export async function hasAnyForm(db: Db, projectId: string): Promise<boolean> {
  const result = await sql<{ found: boolean }>`SELECT EXISTS (SELECT 1 FROM forms WHERE project_id = ${projectId}) AS found`.execute(db);
  return result.rows[0]?.found ?? false;
}
