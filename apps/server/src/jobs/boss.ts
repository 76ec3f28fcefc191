import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { Role } from '../config.ts';
import type { JobContext, JobDefinition } from './job.ts';
import type { ScheduleEntry } from './schedule.ts';

export interface JobsOptions {
  connectionString: string;
  role: Role;
  cronEnabled: boolean;
  jobs: readonly JobDefinition[];
  schedule: readonly ScheduleEntry[];
  context: JobContext;
  log: FastifyBaseLogger;
}

/**
 * Starts pg-boss on Run Hub's database. Every role can send jobs; only `worker` and `all` run
 * handlers, maintenance and (unless disabled) the crontab.
 */
export async function startJobs(options: JobsOptions): Promise<PgBoss> {
  const { role, cronEnabled, jobs, schedule, context, log } = options;
  const unknown = schedule.filter((entry) => !jobs.some((job) => job.name === entry.job));
  if (unknown.length > 0) throw new Error(`schedule names jobs that are not registered: ${unknown.map((e) => e.job).join(', ')}`);
  const works = role !== 'web';
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: 'pgboss',
    application_name: 'runhub-jobs',
    max: 4,
    supervise: works,
    schedule: works && cronEnabled,
  });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();

  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, policy: job.policy ?? 'standard', retryLimit: job.retryLimit ?? 3, retryBackoff: true });
  }
  if (!works) return boss;

  for (const job of jobs) {
    await boss.work(job.name, { pollingIntervalSeconds: job.pollingIntervalSeconds ?? 2 }, async ([delivered]) => {
      if (!delivered) return;
      const payload = job.payload.parse(delivered.data);
      return await job.handle(payload, { ...context, boss, log: log.child({ job: job.name, jobId: delivered.id }) });
    });
  }
  if (cronEnabled) {
    // schedule.ts is the source of truth: a line removed from it stops firing.
    for (const stored of await boss.getSchedules()) {
      if (!schedule.some((entry) => entry.job === stored.name)) await boss.unschedule(stored.name);
    }
    for (const entry of schedule) await boss.schedule(entry.job, entry.cron, {}, { tz: entry.tz });
  }
  log.info({ role, queues: jobs.length, cron: cronEnabled ? schedule.length : 'disabled' }, 'jobs started');
  return boss;
}
