import { purgeSessionsJob } from '../accounts/purge-sessions.job.ts';

export interface ScheduleEntry {
  job: string;
  cron: string;
  tz: string;
}

/** The one crontab. Times are UTC unless a line says otherwise; every line says why it exists. */
export const SCHEDULE: readonly ScheduleEntry[] = [
  // Expired sessions and stale rate-limit windows are dead weight; clear them nightly at 03:17.
  { job: purgeSessionsJob.name, cron: '17 3 * * *', tz: 'UTC' },
];
