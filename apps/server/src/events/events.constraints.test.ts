import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';

// The table's own checks hold even for writers that skip the API's validation.
let t: TestContext;
let projectId: string;
beforeAll(async () => {
  t = await createTestContext();
  projectId = await createProject(t.app, (await signUp(t.app)).cookie);
});
afterAll(() => t.close());

let n = 0;
const insert = (eventType: string) =>
  sql`INSERT INTO business_events (project_id, event_type, occurred_at, source, idempotency_key)
      VALUES (${projectId}, ${eventType}, now(), 'server', ${`constraint-${++n}`})`.execute(t.db);

describe('business_events event_type check', () => {
  it.each(['a', 'x'.repeat(80), 'lead_created', 'app.v2:checkout-started'])('accepts %j', async (eventType) => {
    await expect(insert(eventType)).resolves.toBeDefined();
  });

  it.each(['', 'x'.repeat(81), 'Lead_created', 'lead created', 'lead/created', 'café', 'lead\n'])('refuses %j', async (eventType) => {
    await expect(insert(eventType)).rejects.toThrow(/business_events_event_type_check/);
  });
});
