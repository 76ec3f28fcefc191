import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageView } from '../../test/fixtures.ts';
import { createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';
import { analyticsRetentionJob } from './analytics-retention.job.ts';
import { ensureAnalyticsPartitions, insertPageViews } from './analytics.queries.ts';

let t: TestContext;
let projectId: string;
beforeAll(async () => {
  t = await createTestContext();
  projectId = await createProject(t.app, (await signUp(t.app)).cookie);
});
afterAll(() => t.close());

const DAY = 86_400_000;
const real = new Date();
// Mid-month, so "90 days ago ± 1 day" stays inside one month whatever today is.
const now = new Date(Date.UTC(real.getUTCFullYear(), real.getUTCMonth(), 15, 12));
const cutoff = new Date(now.getTime() - 90 * DAY);
const month = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
const partitionOf = (d: Date) => `analytics_events_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, '0')}`;

const view = (occurredAt: Date, sessionId: string) => pageView(projectId, occurredAt, sessionId);

async function partitions(): Promise<string[]> {
  const result = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = 'analytics_events'::regclass ORDER BY 1`.execute(t.db);
  return result.rows.map((r) => r.name);
}

describe('events.analytics-retention job', () => {
  it('drops months past 90 days, trims the month that straddles the cutoff, makes the next 3 months, and reruns as a no-op', async () => {
    const yearAgo = month(-12);
    const oldMonth = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() - 1, 10));
    // The test template's partitions were made when it was built; make sure this test's months exist.
    await ensureAnalyticsPartitions(t.db, yearAgo, yearAgo);
    await ensureAnalyticsPartitions(t.db, oldMonth, month(2));
    await sql`DROP TABLE IF EXISTS ${sql.table(partitionOf(month(3)))}`.execute(t.db);
    await insertPageViews(t.db, [
      view(new Date(yearAgo.getTime() + 5 * DAY), 'year-ago'),
      view(oldMonth, 'old-month'),
      view(new Date(cutoff.getTime() - DAY), 'just-expired'),
      view(new Date(cutoff.getTime() + DAY), 'just-kept'),
      view(new Date(now.getTime() - DAY), 'recent'),
    ]);
    const before = await partitions();
    expect(before).toContain(partitionOf(yearAgo));
    expect(before).toContain(partitionOf(oldMonth));
    const expired = before.filter((name) => name < partitionOf(cutoff));

    const ctx = { db: t.db, log: t.app.log, now: () => now };
    const result = await analyticsRetentionJob.handle({}, ctx);
    expect(result).toEqual({ createdPartitions: 1, droppedPartitions: expired.length, deletedRows: 1 });

    const after = await partitions();
    expect(after).not.toContain(partitionOf(yearAgo));
    expect(after).not.toContain(partitionOf(oldMonth));
    expect(after).toContain(partitionOf(cutoff));
    for (const offset of [0, 1, 2, 3]) expect(after).toContain(partitionOf(month(offset)));
    const kept = await t.db.selectFrom('analytics_events').select('session_id').where('project_id', '=', projectId).orderBy('occurred_at').execute();
    expect(kept.map((r) => r.session_id)).toEqual(['just-kept', 'recent']);

    expect(await analyticsRetentionJob.handle({}, ctx)).toEqual({ createdPartitions: 0, droppedPartitions: 0, deletedRows: 0 });
  });

  it('is registered and scheduled daily in UTC', async () => {
    const { JOBS } = await import('../jobs/registry.ts');
    const { SCHEDULE } = await import('../jobs/schedule.ts');
    expect(JOBS).toContain(analyticsRetentionJob);
    expect(analyticsRetentionJob.policy).toBe('singleton');
    expect(SCHEDULE.find((e) => e.job === 'events.analytics-retention')).toMatchObject({ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/), tz: 'UTC' });
  });
});
