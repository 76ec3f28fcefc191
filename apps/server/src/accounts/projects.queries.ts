import type { Db } from '../db/pool.ts';

export interface ProjectValues {
  name: string;
  industry: string;
  timezone: string;
  currency: string;
  locale: string;
}

const projectColumns = [
  'projects.id',
  'projects.name',
  'projects.industry',
  'projects.timezone',
  'projects.currency',
  'projects.locale',
  'projects.created_at',
  'projects.updated_at',
] as const;

/** The same columns named `project_…`, for statements that join a project to other rows. */
export const projectColumnsAs = [
  'projects.id as project_id',
  'projects.name as project_name',
  'projects.industry as project_industry',
  'projects.timezone as project_timezone',
  'projects.currency as project_currency',
  'projects.locale as project_locale',
  'projects.created_at as project_created_at',
  'projects.updated_at as project_updated_at',
] as const;

/** Creates the project and makes the creator its owner, atomically. */
export function insertProjectWithOwner(db: Db, values: ProjectValues & { isDemo?: boolean }, ownerId: string) {
  return db.transaction().execute(async (trx) => {
    const { isDemo, ...rest } = values;
    const project = await trx
      .insertInto('projects')
      .values({ ...rest, is_demo: isDemo ?? false })
      .returning(projectColumns)
      .executeTakeFirstOrThrow();
    await trx.insertInto('project_members').values({ project_id: project.id, user_id: ownerId, role: 'owner' }).execute();
    return { ...project, role: 'owner' as const };
  });
}

export function listProjectsForUser(db: Db, userId: string) {
  return db
    .selectFrom('projects')
    .innerJoin('project_members as m', 'm.project_id', 'projects.id')
    .select(projectColumns)
    .select('m.role')
    .where('m.user_id', '=', userId)
    .orderBy('projects.created_at', 'desc')
    .execute();
}

export function findProject(db: Db, projectId: string) {
  return db.selectFrom('projects').select(projectColumns).where('id', '=', projectId).executeTakeFirst();
}

export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;

export function updateProject(db: Db, projectId: string, patch: Partial<ProjectValues>) {
  return db
    .updateTable('projects')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', projectId)
    .returning(projectColumns)
    .executeTakeFirstOrThrow();
}

/** The demo projects (made by the demo account seed), oldest first. */
export function listDemoProjects(db: Db) {
  return db.selectFrom('projects').select(['id', 'name', 'industry', 'timezone', 'currency']).where('is_demo', '=', true).orderBy('created_at').execute();
}

export async function listProjectIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('projects').select('id').orderBy('created_at').execute()).map((p) => p.id);
}

/** Several projects by id (ids that no longer exist are simply absent). */
export function findProjectsByIds(db: Db, projectIds: readonly string[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('projects').select(projectColumns).where('id', 'in', [...projectIds]).execute();
}
