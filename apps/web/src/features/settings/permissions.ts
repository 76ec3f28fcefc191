import type { Project } from '@runhub/contracts/accounts';

/**
 * What the signed-in member may change, as apps/server/src/accounts/access-rules.ts decides it.
 * The server checks again; these only keep the UI from offering what would be refused.
 */
export function canManageProject(project: Project): boolean {
  return project.role === 'owner' || project.role === 'admin';
}

/** API keys follow the same rule as the project itself: owners and admins. */
export const canManageKeys = canManageProject;

/** Only owners add and remove members. */
export function canManageMembers(project: Project): boolean {
  return project.role === 'owner';
}
