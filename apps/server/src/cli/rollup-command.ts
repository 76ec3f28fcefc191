import { parseArgs } from 'node:util';
import { localDate } from '@runhub/contracts/values';
import { listProjectIds } from '../accounts/projects.queries.ts';
import type { Db } from '../db/pool.ts';
import { addDays, dateRange } from '../kpis/local-dates.ts';
import { finishRun, resetRollupState, startRun } from '../kpis/rollup.queries.ts';
import { rollupProject, rollupProjectRange } from '../kpis/rollup.ts';

export const ROLLUP_USAGE = `  rollup --project <id> | --all   recompute KPIs: in full, or with --from/--to for those local days
         [--from YYYY-MM-DD --to YYYY-MM-DD]`;

const CHUNK_DAYS = 31;

function progress(done: number, total: number, label: string): void {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`.padEnd(80));
  if (done === total) process.stderr.write('\n');
}

/**
 * Backfill: recomputes KPIs of one project or all, for a range of local days (in chunks, each in
 * its own transaction) or in full. Recorded in kpi_rollup_runs as a backfill.
 */
export async function runRollupCommand(db: Db, argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { project: { type: 'string' }, all: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.project === !values.all) throw new Error('rollup: give --project <id> or --all');
  if (!values.from !== !values.to) throw new Error('rollup: --from and --to go together');
  for (const date of [values.from, values.to]) if (date && !localDate.safeParse(date).success) throw new Error(`rollup: ${date} is not a date as YYYY-MM-DD`);
  if (values.from && values.to && values.from > values.to) throw new Error('rollup: --from must not be after --to');

  const projectIds = values.project ? [values.project] : await listProjectIds(db);
  const startedAt = new Date();
  const run = await startRun(db, { trigger: 'backfill', reason: argv.join(' '), projectId: values.project ?? null, startedAt });
  let rows = 0;
  const errors: string[] = [];
  const chunks = values.from && values.to ? dateRange(values.from, values.to).filter((_, i) => i % CHUNK_DAYS === 0) : [];
  const steps = projectIds.length * Math.max(1, chunks.length);
  let done = 0;
  progress(0, steps, 'steps');
  for (const projectId of projectIds) {
    try {
      if (values.from && values.to) {
        for (const chunkStart of chunks) {
          const chunkEnd = [addDays(chunkStart, CHUNK_DAYS - 1), values.to].sort()[0]!;
          rows += await rollupProjectRange(db, projectId, chunkStart, chunkEnd, new Date());
          progress(++done, steps, `steps (${projectId.slice(0, 8)}… ${chunkEnd})`);
        }
      } else {
        // Forgetting the rollup state makes this a full recompute since the first event.
        await resetRollupState(db, projectId);
        rows += (await rollupProject(db, projectId, new Date())).rows;
        progress(++done, steps, `projects`);
      }
    } catch (error) {
      errors.push(`${projectId}: ${error instanceof Error ? error.message : String(error)}`);
      done += Math.max(1, chunks.length) - (done % Math.max(1, chunks.length));
    }
  }
  const finishedAt = new Date();
  await finishRun(db, run.id, { finishedAt, durationMs: finishedAt.getTime() - startedAt.getTime(), projects: projectIds.length, rows, error: errors.length ? errors.join('; ').slice(0, 4000) : null });
  console.log(`rollup: ${projectIds.length} project(s), ${rows} KPI day rows in ${((finishedAt.getTime() - startedAt.getTime()) / 1000).toFixed(1)} s${errors.length ? `, ${errors.length} failed:\n  ${errors.join('\n  ')}` : ''}`);
  return errors.length ? 1 : 0;
}
