import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import type { z } from 'zod';
import type { Db } from '../db/pool.ts';

export interface JobContext {
  db: Db;
  log: FastifyBaseLogger;
  now: () => Date;
  /** The queue the job came from, for jobs that ask for later jobs (set by the worker). */
  boss?: Pick<PgBoss, 'send'>;
}

/**
 * A job declared as data: its queue name, the schema of its payload, and an idempotent handler
 * that is safe to run twice or on two workers at once.
 */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  payload: S;
  /** pg-boss queue policy: `singleton` keeps at most one job of the queue active at a time. */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
  /** How often an idle worker asks for this queue's jobs (pg-boss default: 2 s). */
  pollingIntervalSeconds?: number;
  retryLimit?: number;
  handle(payload: z.infer<S>, ctx: JobContext): Promise<unknown>;
}

export function defineJob<S extends z.ZodType>(job: JobDefinition<S>): JobDefinition<S> {
  return job;
}
