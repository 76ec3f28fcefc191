import { randomBytes } from 'node:crypto';
import type { Db } from '../db/pool.ts';
import { hashPassword } from './password.ts';
import { insertProjectWithOwner } from './projects.queries.ts';
import { countUsers, insertUser } from './users.queries.ts';

export const DEMO_EMAIL = 'demo@runhub.local';

export const DEMO_PROJECTS = [
  { name: 'Northwind Goods', industry: 'ecommerce', timezone: 'America/New_York', currency: 'USD', locale: 'en' },
  { name: 'Salon Nour', industry: 'services', timezone: 'Africa/Cairo', currency: 'EGP', locale: 'ar-EG' },
] as const;

/**
 * On an empty database, creates the demo user and its two projects. Returns the credentials when
 * it created them (the password exists nowhere else), undefined when there was nothing to do.
 */
export async function seedDemoAccount(db: Db): Promise<{ email: string; password: string; projectIds: string[] } | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const password = randomBytes(9).toString('base64url');
  const user = await insertUser(db, { email: DEMO_EMAIL, name: 'Demo Owner', passwordHash: await hashPassword(password), locale: null });
  if (!user) return undefined; // another process seeded it a moment ago
  const projectIds: string[] = [];
  for (const project of DEMO_PROJECTS) {
    const created = await insertProjectWithOwner(db, { ...project, isDemo: true }, user.id);
    projectIds.push(created.id);
  }
  return { email: DEMO_EMAIL, password, projectIds };
}
