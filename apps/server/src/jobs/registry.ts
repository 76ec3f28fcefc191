import { purgeSessionsJob } from '../accounts/purge-sessions.job.ts';
import { analyticsRetentionJob } from '../events/analytics-retention.job.ts';
import { rollupCycleJob, rollupProjectJob } from '../kpis/rollup.job.ts';
import type { JobDefinition } from './job.ts';

/** Every job Run Hub runs. A worker listens on each queue; web processes only send. */
export const JOBS: readonly JobDefinition[] = [purgeSessionsJob, analyticsRetentionJob, rollupCycleJob, rollupProjectJob];
