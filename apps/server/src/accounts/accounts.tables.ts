import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  locale: string | null;
  is_platform_admin: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SessionsTable {
  token_hash: Buffer;
  user_id: string;
  created_at: CreatedAt;
  last_seen_at: UpdatedAt;
  expires_at: Date;
}

export interface ProjectsTable {
  id: Generated<string>;
  name: string;
  industry: string;
  timezone: string;
  currency: string;
  locale: string;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ProjectMembersTable {
  project_id: string;
  user_id: string;
  role: 'owner' | 'admin' | 'member';
  added_at: CreatedAt;
}

export interface ApiKeysTable {
  project_id: string;
  id: Generated<string>;
  kind: 'public' | 'secret';
  label: string;
  prefix: string;
  key_hash: Buffer;
  /** The full key, for public keys only (they are published in the tracker tag anyway). */
  publishable_key: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  last_used_at: Date | null;
  revoked_at: Date | null;
}
