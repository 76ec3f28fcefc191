import type PgBoss from 'pg-boss';
import { z } from 'zod';
import { defineJob } from '../jobs/job.ts';
import { rollupProject, runRollupCycle } from './rollup.ts';
import { findRollupState } from './rollup.queries.ts';

const ROLLUP_PROJECT_QUEUE = 'kpis.rollup-project';
/**
 * A project's debounced rollups take at most a tenth of its time: the next one starts no sooner
 * than ten times the last one's duration after that one started. A shop's day rolls up in a few
 * milliseconds and is never held back; a day of 600,000 events took ~0.5 s to reread on the
 * benchmark machine, and its KPIs then follow ~5 s behind instead of keeping PostgreSQL busy
 * recomputing that day.
 */
const ROLLUP_SPACING = 10;

/** Asks for a project's rollup in `afterSeconds`; pg-boss keeps at most one waiting per project. */
export function sendProjectRollup(boss: Pick<PgBoss, 'send'>, projectId: string, afterSeconds: number) {
  return boss.send(ROLLUP_PROJECT_QUEUE, { projectId }, { singletonKey: projectId, startAfter: afterSeconds, retryLimit: 3 });
}

/** Whole seconds until a project's next debounced rollup is due (0: now). */
function secondsUntilRollupDue(state: { last_rollup_at: Date; last_rollup_ms: number } | undefined, now: Date): number {
  if (!state) return 0;
  const due = state.last_rollup_at.getTime() + ROLLUP_SPACING * state.last_rollup_ms;
  return Math.max(0, Math.ceil((due - now.getTime()) / 1000));
}

/** Every 15 minutes: every project with events received since its last rollup. */
export const rollupCycleJob = defineJob({
  name: 'kpis.rollup',
  payload: z.object({ reason: z.string().max(200).optional() }).passthrough(),
  policy: 'singleton',
  async handle({ reason }, { db, log, now }) {
    const cycle = await runRollupCycle(db, { trigger: 'cron', reason: reason ?? 'schedule', now });
    if (cycle.errors.length) log.error({ errors: cycle.errors }, 'KPI rollup cycle had failures');
    log.info({ projects: cycle.projects, rows: cycle.rows, ms: cycle.durationMs }, 'KPI rollup cycle');
    return { projects: cycle.projects, rows: cycle.rows, errors: cycle.errors.length };
  },
});

/** A few seconds after a project receives events: its KPIs, so the overview is fresh within seconds. */
export const rollupProjectJob = defineJob({
  name: ROLLUP_PROJECT_QUEUE,
  payload: z.object({ projectId: z.uuid() }),
  // At most one waiting job per project (singleton key = project id): bursts collapse into one rollup.
  policy: 'short',
  pollingIntervalSeconds: 0.5,
  async handle({ projectId }, { db, now, boss }) {
    // Without a queue to ask for a later run (a direct call), it rolls up now.
    if (boss) {
      const wait = secondsUntilRollupDue(await findRollupState(db, projectId), now());
      if (wait > 0) {
        // Its dirty days stay marked for the rollup asked for here (or for the one already waiting).
        await sendProjectRollup(boss, projectId, wait);
        return { projectId, deferredSeconds: wait };
      }
    }
    return await rollupProject(db, projectId, now());
  },
});
