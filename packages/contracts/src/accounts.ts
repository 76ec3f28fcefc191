import { z } from 'zod';
import { UI_LOCALES } from '@runhub/i18n/languages';
import { buildStatus } from './sources.ts';
import { currencyCode, email, isoDateTime, timeZone } from './values.ts';

export const INDUSTRIES = ['ecommerce', 'services', 'saas', 'restaurant', 'other'] as const;
export type Industry = (typeof INDUSTRIES)[number];
export const ROLES = ['owner', 'admin', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const uiLocale = z.enum(UI_LOCALES);

// ---- auth -----------------------------------------------------------------------------------
export const signupBody = z.strictObject({
  email,
  password: z.string().min(10, 'must be at least 10 characters').max(200),
  name: z.string().trim().min(1).max(100),
  locale: uiLocale.optional(),
});
export const loginBody = z.strictObject({
  email,
  password: z.string().min(1).max(200),
});

export const user = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  locale: uiLocale.nullable(),
  isPlatformAdmin: z.boolean(),
  createdAt: isoDateTime,
});
export type User = z.infer<typeof user>;

export const updateMeBody = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  locale: uiLocale.nullable().optional(),
});

// ---- projects -------------------------------------------------------------------------------
export const createProjectBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  industry: z.enum(INDUSTRIES),
  timezone: timeZone,
  currency: currencyCode,
  locale: uiLocale,
});
export const updateProjectBody = createProjectBody.partial();

export const project = z.object({
  id: z.uuid(),
  name: z.string(),
  industry: z.enum(INDUSTRIES),
  timezone: z.string(),
  currency: z.string(),
  locale: uiLocale,
  role: z.enum(ROLES).nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** The site's last reported build/deploy (PUT …/build-status); null when it never reported one. */
  buildStatus: buildStatus.nullable(),
});
export type Project = z.infer<typeof project>;

export const projectParams = z.object({ projectId: z.string().max(64) });

// ---- members --------------------------------------------------------------------------------
export const member = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  addedAt: isoDateTime,
});
export type Member = z.infer<typeof member>;
export const addMemberBody = z.strictObject({ email, role: z.enum(ROLES).default('member') });
export const memberParams = projectParams.extend({ userId: z.string().max(64) });

// ---- API keys -------------------------------------------------------------------------------
export const API_KEY_KINDS = ['public', 'secret'] as const;
export type ApiKeyKind = (typeof API_KEY_KINDS)[number];
export const createApiKeyBody = z.strictObject({
  kind: z.enum(API_KEY_KINDS),
  label: z.string().trim().min(1).max(80),
});
export const apiKey = z.object({
  id: z.uuid(),
  kind: z.enum(API_KEY_KINDS),
  label: z.string(),
  prefix: z.string(),
  /** The full key of a public key (it is published in the tracker tag); null for secret keys. */
  publishableKey: z.string().nullable(),
  createdAt: isoDateTime,
  lastUsedAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
export type ApiKey = z.infer<typeof apiKey>;
export const createdApiKey = apiKey.extend({
  /** The full key. Shown once: only its hash is stored. */
  key: z.string(),
});
export type CreatedApiKey = z.infer<typeof createdApiKey>;
export const apiKeyParams = projectParams.extend({ keyId: z.string().max(64) });

// ---- response payloads (the `data` of `{ ok: true, data }`) ------------------------------------
export const userPayload = z.object({ user });
export const projectPayload = z.object({ project });
export const projectsPayload = z.object({ projects: z.array(project) });
export const memberPayload = z.object({ member });
export const membersPayload = z.object({ members: z.array(member) });
export const apiKeyPayload = z.object({ apiKey });
export const createdApiKeyPayload = z.object({ apiKey: createdApiKey });
export const apiKeysPayload = z.object({ apiKeys: z.array(apiKey) });
export const emptyPayload = z.object({});
