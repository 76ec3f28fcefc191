import type { ApiKey, Member, Project, Role, User } from '@runhub/contracts/accounts';
import type { BuildStatus } from '@runhub/contracts/sources';
import type { UiLocale } from '@runhub/i18n/languages';
import type { SessionUser } from '../platform/auth.ts';

/** Rows → the API's JSON shapes (ISO times, camelCase). */

export function presentUser(u: SessionUser): User {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    locale: u.locale as UiLocale | null,
    isPlatformAdmin: u.isPlatformAdmin,
    createdAt: u.createdAt.toISOString(),
  };
}

export function presentProject(
  p: { id: string; name: string; industry: string; timezone: string; currency: string; locale: string; created_at: Date; updated_at: Date },
  role: Role | null,
  buildStatus: BuildStatus | null,
): Project {
  return {
    id: p.id,
    name: p.name,
    industry: p.industry as Project['industry'],
    timezone: p.timezone,
    currency: p.currency,
    locale: p.locale as UiLocale,
    role,
    createdAt: p.created_at.toISOString(),
    updatedAt: p.updated_at.toISOString(),
    buildStatus,
  };
}

export function presentMember(m: { user_id: string; email: string; name: string; role: Role; added_at: Date }): Member {
  return { userId: m.user_id, email: m.email, name: m.name, role: m.role, addedAt: m.added_at.toISOString() };
}

export function presentApiKey(k: {
  id: string;
  kind: ApiKey['kind'];
  label: string;
  prefix: string;
  publishable_key: string | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}): ApiKey {
  return {
    id: k.id,
    kind: k.kind,
    label: k.label,
    prefix: k.prefix,
    publishableKey: k.kind === 'public' ? k.publishable_key : null,
    createdAt: k.created_at.toISOString(),
    lastUsedAt: k.last_used_at?.toISOString() ?? null,
    revokedAt: k.revoked_at?.toISOString() ?? null,
  };
}
