import { findProject } from '../accounts/projects.queries.ts';
import type { Db } from '../db/pool.ts';
import { findEventSpan } from '../events/events.queries.ts';
import { dateRange, localDateOf, localDatesOfUtcDay } from './local-dates.ts';
import {
  deleteProjectKpis,
  finishRun,
  findRollupState,
  listDirtyProjects,
  lockProjectRollup,
  recomputeDays,
  saveRollupState,
  startRun,
  takeDirtyDays,
} from './rollup.queries.ts';

export interface ProjectRollupResult {
  projectId: string;
  days: number;
  rows: number;
  full: boolean;
}

/**
 * Brings one project's daily KPIs up to date, in one transaction: the days its new events touched,
 * or, the first time and whenever its time zone or currency changed, every day since its first event.
 * Safe to run concurrently (a per-project advisory lock) and to repeat.
 */
export async function rollupProject(db: Db, projectId: string, now: Date): Promise<ProjectRollupResult> {
  return await db.transaction().execute(async (trx) => {
    await lockProjectRollup(trx, projectId);
    const project = await findProject(trx, projectId);
    if (!project) {
      await takeDirtyDays(trx, projectId);
      return { projectId, days: 0, rows: 0, full: false };
    }
    const state = await findRollupState(trx, projectId);
    const dirty = await takeDirtyDays(trx, projectId);
    const full = !state || state.timezone !== project.timezone || state.currency !== project.currency;
    let dates: string[];
    if (full) {
      await deleteProjectKpis(trx, projectId);
      const { first, last } = await findEventSpan(trx, projectId);
      // Up to the later of today and the last event: ingestion accepts events a few minutes ahead.
      const end = [localDateOf(now, project.timezone), last ? localDateOf(last, project.timezone) : ''].sort()[1]!;
      dates = first ? dateRange(localDateOf(first, project.timezone), end) : [];
    } else {
      dates = [...new Set(dirty.flatMap((utc) => localDatesOfUtcDay(utc, project.timezone)))].sort();
    }
    const rows = await recomputeDays(trx, project, dates, now);
    await saveRollupState(trx, { projectId, timezone: project.timezone, currency: project.currency, at: now });
    return { projectId, days: dates.length, rows, full };
  });
}

/** Recomputes an explicit range of local days (backfill), whatever is marked dirty. */
export async function rollupProjectRange(db: Db, projectId: string, from: string, to: string, now: Date): Promise<number> {
  return await db.transaction().execute(async (trx) => {
    await lockProjectRollup(trx, projectId);
    const project = await findProject(trx, projectId);
    if (!project) return 0;
    return await recomputeDays(trx, project, dateRange(from, to), now);
  });
}

export interface RollupCycle {
  runId: number;
  projects: number;
  rows: number;
  durationMs: number;
  errors: { projectId: string; message: string }[];
}

/**
 * One rollup cycle over every project with dirty days, recorded in kpi_rollup_runs. A project
 * that fails is logged in the run and left dirty for the next cycle; the others still complete.
 */
export async function runRollupCycle(
  db: Db,
  opts: { trigger: 'cron' | 'admin' | 'backfill' | 'debounce'; reason?: string; projectIds?: string[]; now: () => Date },
): Promise<RollupCycle> {
  const startedAt = opts.now();
  const run = await startRun(db, { trigger: opts.trigger, reason: opts.reason ?? null, projectId: opts.projectIds?.length === 1 ? opts.projectIds[0]! : null, startedAt });
  const projectIds = opts.projectIds ?? (await listDirtyProjects(db));
  let rows = 0;
  const errors: RollupCycle['errors'] = [];
  for (const projectId of projectIds) {
    try {
      rows += (await rollupProject(db, projectId, opts.now())).rows;
    } catch (error) {
      errors.push({ projectId, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const finishedAt = opts.now();
  const durationMs = finishedAt.getTime() - startedAt.getTime();
  await finishRun(db, run.id, {
    finishedAt,
    durationMs,
    projects: projectIds.length,
    rows,
    error: errors.length ? errors.map((e) => `${e.projectId}: ${e.message}`).join('; ').slice(0, 4000) : null,
  });
  return { runId: run.id, projects: projectIds.length, rows, durationMs, errors };
}
