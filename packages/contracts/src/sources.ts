import { z } from 'zod';
import { isoDateTime } from './values.ts';

// ---- hosted forms ---------------------------------------------------------------------------
export const FORM_FIELD_TYPES = ['text', 'email', 'tel', 'textarea', 'number', 'date'] as const;
/** Hidden field that people leave empty and bots fill in. */
export const HONEYPOT_FIELD = '_hp';

export const formField = z.strictObject({
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'must start with a letter and use letters, digits or _ (≤ 40)'),
  label: z.string().trim().min(1).max(80).optional(),
  type: z.enum(FORM_FIELD_TYPES).default('text'),
  required: z.boolean().default(false),
});
export type FormField = z.infer<typeof formField>;

export const createFormBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  fields: z
    .array(formField)
    .min(1)
    .max(30)
    .refine((fields) => new Set(fields.map((f) => f.name)).size === fields.length, 'field names must be unique'),
  redirectUrl: z.url({ protocol: /^https?$/ }).max(2048).optional(),
});

export const form = z.object({
  formId: z.uuid(),
  name: z.string(),
  fields: z.array(formField),
  redirectUrl: z.string().nullable(),
  /** Where the form posts, relative to Run Hub's origin. */
  submitPath: z.string(),
  createdAt: isoDateTime,
  submissionCount: z.number().int(),
  lastSubmissionAt: isoDateTime.nullable(),
});
export type Form = z.infer<typeof form>;
export const formPayload = z.object({ form });
export const formsPayload = z.object({ forms: z.array(form) });
export const submissionPayload = z.object({ submissionId: z.uuid(), leadCreated: z.boolean() });

// ---- Stripe ---------------------------------------------------------------------------------
export const putStripeBody = z.strictObject({
  webhookSecret: z.string().trim().regex(/^whsec_[A-Za-z0-9+/=_-]{8,200}$/, 'must be the signing secret from Stripe, starting with whsec_'),
});
export const stripeIntegration = z.object({
  connected: z.boolean(),
  /** The last 4 characters of the signing secret; the secret itself is never returned. */
  secretLast4: z.string().nullable(),
  webhookPath: z.string(),
  updatedAt: isoDateTime.nullable(),
  lastWebhookAt: isoDateTime.nullable(),
  lastWebhookType: z.string().nullable(),
});
export type StripeIntegration = z.infer<typeof stripeIntegration>;
export const stripePayload = z.object({ stripe: stripeIntegration });
export const webhookResult = z.object({ eventType: z.string(), handled: z.boolean(), stored: z.number().int(), deduplicated: z.number().int() });

// ---- build status ---------------------------------------------------------------------------
export const BUILD_STATUSES = ['idle', 'queued', 'building', 'deployed', 'failed'] as const;
export const putBuildStatusBody = z.strictObject({
  status: z.enum(BUILD_STATUSES),
  url: z.url({ protocol: /^https?$/ }).max(2048).optional(),
  message: z.string().trim().max(500).optional(),
});
export const buildStatus = z.object({
  status: z.enum(BUILD_STATUSES),
  url: z.string().nullable(),
  message: z.string().nullable(),
  updatedAt: isoDateTime,
});
export type BuildStatus = z.infer<typeof buildStatus>;
export const buildStatusPayload = z.object({ buildStatus: buildStatus.nullable() });
