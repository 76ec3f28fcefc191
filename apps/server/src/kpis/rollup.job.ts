import { z } from 'zod';
import { defineJob } from '../jobs/job.ts';
import { rollupProject, runRollupCycle } from './rollup.ts';

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
  name: 'kpis.rollup-project',
  payload: z.object({ projectId: z.uuid() }),
  // At most one waiting job per project (singleton key = project id): bursts collapse into one rollup.
  policy: 'short',
  pollingIntervalSeconds: 0.5,
  async handle({ projectId }, { db, now }) {
    return await rollupProject(db, projectId, now());
  },
});
