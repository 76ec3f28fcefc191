import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of the environment. Every variable is validated at boot; a bad value stops the
 * process with the variable's name and what is expected. `.env.example` lists them all.
 */

const boolean = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['1', 'true', 'yes'].includes(v)));

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL')
  .optional();

const envSchema = z.object({
  PORT: port(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  RUNHUB_DATA_DIR: z.string().min(1).default('.runhub'),
  RUNHUB_ROLE: z.enum(['all', 'web', 'worker']).default('all'),
  RUNHUB_DISABLE_CRON: boolean(false),
  RUNHUB_ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.email('must be a comma-separated list of email addresses'))),
  RUNHUB_DEMO: boolean(true),
  RUNHUB_PUBLIC_URL: z.url('must be an absolute URL such as https://hub.example.com').optional(),
  RUNHUB_TRUST_PROXY: boolean(false),
  RUNHUB_SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  RUNHUB_WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Role = 'all' | 'web' | 'worker';

export interface Config {
  port: number;
  host: string;
  /** Unset: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  role: Role;
  cronEnabled: boolean;
  adminEmails: string[];
  demo: boolean;
  /** The origin browsers use to reach Run Hub; also decides Secure cookies. */
  publicUrl: string | undefined;
  trustProxy: boolean;
  sessionTtlDays: number;
  webDist: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // `VAR=` (as .env files often leave them) means unset, so the default applies.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'environment');
      return `${variable}=${JSON.stringify(env[variable] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}\nSee .env.example for every variable and its default.`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: path.resolve(e.RUNHUB_DATA_DIR),
    role: e.RUNHUB_ROLE,
    cronEnabled: !e.RUNHUB_DISABLE_CRON,
    adminEmails: e.RUNHUB_ADMIN_EMAILS,
    demo: e.RUNHUB_DEMO,
    publicUrl: e.RUNHUB_PUBLIC_URL?.replace(/\/$/, ''),
    trustProxy: e.RUNHUB_TRUST_PROXY,
    sessionTtlDays: e.RUNHUB_SESSION_TTL_DAYS,
    webDist: e.RUNHUB_WEB_DIST ? path.resolve(e.RUNHUB_WEB_DIST) : undefined,
    logLevel: e.LOG_LEVEL,
  };
}
