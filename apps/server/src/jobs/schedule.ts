import { purgeSessionsJob } from '../accounts/purge-sessions.job.ts';
import { analyticsRetentionJob } from '../events/analytics-retention.job.ts';
import { rollupCycleJob } from '../kpis/rollup.job.ts';

export interface ScheduleEntry {
  job: string;
  cron: string;
  tz: string;
}

/** The one crontab. Times are UTC unless a line says otherwise; every line says why it exists. */
export const SCHEDULE: readonly ScheduleEntry[] = [
  // Expired sessions and stale rate-limit windows are dead weight; clear them nightly at 03:17.
  { job: purgeSessionsJob.name, cron: '17 3 * * *', tz: 'UTC' },
  // Page views are kept 90 days, and next months' partitions must exist before their first insert.
  { job: analyticsRetentionJob.name, cron: '41 2 * * *', tz: 'UTC' },
  // KPIs of every project with new events; ingestion also asks for a rollup within seconds, so this
  // is the safety net that catches anything a missed debounce left behind.
  { job: rollupCycleJob.name, cron: '*/15 * * * *', tz: 'UTC' },
];
