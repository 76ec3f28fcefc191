import { findProject, findProjectsByIds } from '../accounts/projects.queries.ts';
import type { Db } from '../db/pool.ts';
import { findEventSpan } from '../events/events.queries.ts';
import { dateRange, localDateOf, localDatesOfUtcDay } from './local-dates.ts';
import {
  deleteProjectKpis,
  finishRun,
  findRollupState,
  findRollupStates,
  listDirtyProjects,
  lockProjectRollup,
  lockProjectRollups,
  recomputeDays,
  recomputeDaysOf,
  saveRollupState,
  saveRollupStates,
  startRun,
  takeDirtyDays,
  takeDirtyDaysOf,
  type RecomputeTarget,
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
    const started = performance.now();
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
    // Only the recurring cost spaces the next rollups: a full recompute happens once per zone or currency.
    const ms = full ? 0 : performance.now() - started;
    await saveRollupState(trx, { projectId, timezone: project.timezone, currency: project.currency, at: now, ms });
    return { projectId, days: dates.length, rows, full };
  });
}

/**
 * Brings many projects up to date together: every project whose zone and currency are unchanged
 * is recomputed in one transaction of a handful of set-based statements, whatever their number.
 * Projects that need a full recompute (first rollup, new zone or currency) are returned for
 * rollupProject; their dirty days are left for it.
 */
export async function rollupProjectsIncrementally(db: Db, projectIds: string[], now: Date): Promise<{ projects: number; rows: number; needFull: string[] }> {
  return await db.transaction().execute(async (trx) => {
    await lockProjectRollups(trx, projectIds);
    const [projects, states] = await Promise.all([findProjectsByIds(trx, projectIds), findRollupStates(trx, projectIds)]);
    const stateOf = new Map(states.map((s) => [s.project_id, s]));
    const incremental = projects.filter((p) => {
      const state = stateOf.get(p.id);
      return state !== undefined && state.timezone === p.timezone && state.currency === p.currency;
    });
    const needFull = projects.filter((p) => !incremental.includes(p)).map((p) => p.id);
    // Deleted projects' markers are taken too, so they are not asked about again.
    const known = new Set(projects.map((p) => p.id));
    const taken = await takeDirtyDaysOf(trx, [...incremental.map((p) => p.id), ...projectIds.filter((id) => !known.has(id))]);
    const targets: RecomputeTarget[] = incremental.map((project) => ({
      project,
      dates: [...new Set((taken.get(project.id) ?? []).flatMap((utc) => localDatesOfUtcDay(utc, project.timezone)))].sort(),
    }));
    const rows = await recomputeDaysOf(trx, targets, now);
    await saveRollupStates(trx, incremental, now);
    return { projects: incremental.length, rows, needFull };
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

/** Projects rolled up alone at the same time in a cycle: enough to use a few cores, few enough to leave the pool to requests. */
const ONE_BY_ONE_CONCURRENCY = 3;

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
  const rollupOne = async (projectId: string) => {
    try {
      // Awaited before adding: `rows += await …` reads `rows` first, and the rollups run side by side.
      const done = await rollupProject(db, projectId, opts.now());
      rows += done.rows;
    } catch (error) {
      errors.push({ projectId, message: error instanceof Error ? error.message : String(error) });
    }
  };
  let oneByOne = projectIds;
  if (projectIds.length > 1) {
    try {
      const together = await rollupProjectsIncrementally(db, projectIds, opts.now());
      rows += together.rows;
      oneByOne = together.needFull;
    } catch {
      // One project's bad data must not hold the others back: retry each alone, so only the
      // project at fault fails (and stays dirty for the next cycle).
      oneByOne = projectIds;
    }
  }
  // Full recomputes (and the fallback) go a few at a time: each is one project's transaction.
  const queue = [...oneByOne];
  await Promise.all(Array.from({ length: Math.min(ONE_BY_ONE_CONCURRENCY, queue.length) }, async () => {
    for (let projectId = queue.shift(); projectId !== undefined; projectId = queue.shift()) await rollupOne(projectId);
  }));
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
