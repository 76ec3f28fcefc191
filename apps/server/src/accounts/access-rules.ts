import type { ApiKeyKind, Role } from '@runhub/contracts/accounts';

/** What a caller wants to do with a project. */
export type Permission = 'read' | 'write' | 'manage_project' | 'manage_keys' | 'manage_members';

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  owner: ['read', 'write', 'manage_project', 'manage_keys', 'manage_members'],
  admin: ['read', 'write', 'manage_project', 'manage_keys'],
  member: ['read', 'write'],
};

// Secret keys call the project's server API; public keys (in browsers) only send tracker events,
// which have their own endpoint, so they get nothing here. Keys never manage keys or members.
const KEY_PERMISSIONS: Record<ApiKeyKind, readonly Permission[]> = {
  secret: ['read', 'write'],
  public: [],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function keyAllows(kind: ApiKeyKind, permission: Permission): boolean {
  return KEY_PERMISSIONS[kind].includes(permission);
}
