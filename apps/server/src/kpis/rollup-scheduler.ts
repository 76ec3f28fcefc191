import type PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import { sendProjectRollup } from './rollup.job.ts';

export const ROLLUP_DEBOUNCE_SECONDS = 2;
const RESEND_AFTER_MS = 1000;

/**
 * Asks for a project's rollup a couple of seconds after it receives events. pg-boss keeps at most
 * one waiting job per project; this process also skips asking again within a second, so a burst
 * of ingestion costs one job, not one per request.
 */
export class RollupScheduler {
  private readonly lastAsked = new Map<string, number>();

  constructor(
    private readonly boss: PgBoss | undefined,
    private readonly log: FastifyBaseLogger,
  ) {}

  request(projectIds: Iterable<string>, nowMs = Date.now()): void {
    if (!this.boss) return;
    for (const projectId of projectIds) {
      if (nowMs - (this.lastAsked.get(projectId) ?? 0) < RESEND_AFTER_MS) continue;
      this.lastAsked.set(projectId, nowMs);
      if (this.lastAsked.size > 50_000) this.lastAsked.clear();
      sendProjectRollup(this.boss, projectId, ROLLUP_DEBOUNCE_SECONDS).catch((err: unknown) => this.log.warn({ err, projectId }, 'could not schedule a KPI rollup; the 15-minute cycle will cover it'));
    }
  }
}
