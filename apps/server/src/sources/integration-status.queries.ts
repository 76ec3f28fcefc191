import { sql } from 'kysely';
import type { Db } from '../db/pool.ts';
import { executePrepared } from '../db/prepared.ts';

export interface SourceFacts {
  /** A Stripe signing secret is stored. */
  stripeConnected: boolean;
  /** When Stripe last called (null: never, or no secret). */
  lastWebhookAt: Date | null;
  hasForm: boolean;
}

export interface SourceFactsRow {
  stripe_connected: boolean;
  last_webhook_at: Date | null;
  has_form: boolean;
}

/** The statement behind findSourceFacts, for callers that ask it together with other questions. */
export function sourceFactsStatement(projectId: string) {
  return sql<SourceFactsRow>`
    SELECT s.project_id IS NOT NULL AS stripe_connected, s.last_webhook_at,
           EXISTS (SELECT 1 FROM forms WHERE project_id = ${projectId}) AS has_form
    FROM (SELECT 1) AS one
    LEFT JOIN stripe_integrations s ON s.project_id = ${projectId}`;
}

export function sourceFactsOf(row: SourceFactsRow | undefined): SourceFacts {
  return { stripeConnected: row?.stripe_connected ?? false, lastWebhookAt: row?.last_webhook_at ?? null, hasForm: row?.has_form ?? false };
}

/** What the sources area knows about a project's connections, in one statement. */
export async function findSourceFacts(db: Db, projectId: string): Promise<SourceFacts> {
  return sourceFactsOf((await executePrepared(db, sourceFactsStatement(projectId))).rows[0]);
}
