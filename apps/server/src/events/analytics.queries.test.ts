import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageView } from '../../test/fixtures.ts';
import { createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';
import { ensureAnalyticsPartitions, insertPageViews } from './analytics.queries.ts';

let t: TestContext;
let projectId: string;
beforeAll(async () => {
  t = await createTestContext();
  projectId = await createProject(t.app, (await signUp(t.app)).cookie);
});
afterAll(() => t.close());

const view = (occurredAt: Date) => pageView(projectId, occurredAt);

describe('analytics_events', () => {
  it('has monthly partitions from 4 months back to 3 ahead, and creating them again adds none', async () => {
    const now = new Date();
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 4, 1));
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 3, 1));
    expect(await ensureAnalyticsPartitions(t.db, from, to)).toBe(0);
    const partitions = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = 'analytics_events'::regclass`.execute(t.db);
    expect(partitions.rows[0]!.n).toBe(8);
  });

  it('stores page views into the month partition of their UTC time', async () => {
    const now = new Date();
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
    expect(await insertPageViews(t.db, [view(now), view(lastMonth), view(lastMonth)])).toBe(3);
    const name = `analytics_events_${lastMonth.getUTCFullYear()}_${String(lastMonth.getUTCMonth() + 1).padStart(2, '0')}`;
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(name)}`.execute(t.db);
    expect(rows.rows[0]!.n).toBe(2);
  });
});
