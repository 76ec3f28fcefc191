import { sql } from 'kysely';
import type { FormField } from '@runhub/contracts/sources';
import type { Db } from '../db/pool.ts';

export function insertForm(db: Db, f: { projectId: string; name: string; fields: FormField[]; redirectUrl: string | null }) {
  return db
    .insertInto('forms')
    .values({ project_id: f.projectId, name: f.name, fields: JSON.stringify(f.fields), redirect_url: f.redirectUrl })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The project's forms with how many submissions each has and when the last one came. */
export function listFormsWithStats(db: Db, projectId: string) {
  return db
    .selectFrom('forms as f')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('form_submissions')
          .select(['form_id', sql<number>`count(*)::int`.as('submission_count'), sql<Date>`max(submitted_at)`.as('last_submission_at')])
          .where('project_id', '=', projectId)
          .groupBy('form_id')
          .as('s'),
      (join) => join.onRef('s.form_id', '=', 'f.id'),
    )
    .selectAll('f')
    .select([sql<number>`coalesce(s.submission_count, 0)`.as('submission_count'), 's.last_submission_at'])
    .where('f.project_id', '=', projectId)
    .orderBy('f.created_at', 'desc')
    .execute();
}

export function findFormById(db: Db, formId: string) {
  return db.selectFrom('forms').selectAll().where('id', '=', formId).executeTakeFirst();
}

export function insertSubmission(db: Db, s: { projectId: string; formId: string; data: Record<string, string>; email: string | null; referrer: string | null }) {
  return db
    .insertInto('form_submissions')
    .values({ project_id: s.projectId, form_id: s.formId, data: JSON.stringify(s.data), email: s.email, referrer: s.referrer })
    .returning(['id', 'submitted_at'])
    .executeTakeFirstOrThrow();
}

export async function countForms(db: Db, projectId: string): Promise<number> {
  const row = await db.selectFrom('forms').select((eb) => eb.fn.countAll<number>().as('n')).where('project_id', '=', projectId).executeTakeFirstOrThrow();
  return Number(row.n);
}
