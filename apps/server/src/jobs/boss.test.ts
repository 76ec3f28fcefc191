import type PgBoss from 'pg-boss';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { startJobs, type JobsOptions } from './boss.ts';
import { defineJob } from './job.ts';
import { JOBS } from './registry.ts';
import { SCHEDULE } from './schedule.ts';

let t: TestContext;
const started: PgBoss[] = [];
beforeAll(async () => {
  t = await createTestContext();
});
afterEach(async () => {
  while (started.length) await started.pop()!.stop({ graceful: false, wait: true });
});
afterAll(() => t.close());

const seen: string[] = [];
const echoJob = defineJob({
  name: 'test.echo',
  payload: z.object({ word: z.string() }),
  async handle({ word }) {
    seen.push(word);
  },
});

async function start(overrides: Partial<JobsOptions>): Promise<PgBoss> {
  const boss = await startJobs({
    connectionString: t.url,
    role: 'all',
    cronEnabled: true,
    jobs: [echoJob],
    schedule: [],
    context: { db: t.db, log: t.app.log, now: () => new Date() },
    log: t.app.log,
    ...overrides,
  });
  started.push(boss);
  return boss;
}

describe('jobs on pg-boss', () => {
  it('delivers a sent job to its handler with a validated payload', async () => {
    const boss = await start({});
    await boss.send('test.echo', { word: 'hello' });
    await expect.poll(() => seen, { timeout: 15_000 }).toContain('hello');
  });

  it('syncs the crontab: lines are scheduled and stale ones removed', async () => {
    const boss = await start({ jobs: [...JOBS, echoJob], schedule: [...SCHEDULE, { job: 'test.echo', cron: '0 0 * * *', tz: 'UTC' }] });
    expect((await boss.getSchedules()).map((s) => s.name).sort()).toEqual([...SCHEDULE.map((s) => s.job), 'test.echo'].sort());
    await boss.stop({ graceful: false, wait: true });
    started.pop();

    const synced = await start({ jobs: [...JOBS, echoJob], schedule: SCHEDULE });
    expect((await synced.getSchedules()).map((s) => s.name)).toEqual(SCHEDULE.map((s) => s.job));
    expect((await synced.getSchedules())[0]).toMatchObject({ cron: SCHEDULE[0]!.cron, timezone: 'UTC' });
    for (const entry of SCHEDULE) await synced.unschedule(entry.job);
  });

  it('with RUNHUB_DISABLE_CRON schedules nothing', async () => {
    const boss = await start({ jobs: JOBS, schedule: SCHEDULE, cronEnabled: false });
    expect(await boss.getSchedules()).toEqual([]);
  });

  it('refuses a crontab line for a job that is not registered', async () => {
    await expect(start({ jobs: [echoJob], schedule: SCHEDULE })).rejects.toThrow(/not registered: accounts.purge-sessions/);
  });

  it('a web process sends jobs but does not run them', async () => {
    const web = await start({ role: 'web' });
    const id = await web.send('test.echo', { word: 'web-only' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(seen).not.toContain('web-only');
    const job = await web.getJobById('test.echo', id!);
    expect(job?.state).toBe('created');
  });
});
