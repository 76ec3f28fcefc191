import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';
import { insertPageViews } from '../events/analytics.queries.ts';
import { insertEventsSkippingDuplicates } from '../events/events.queries.ts';
import { insertForm } from './forms.queries.ts';
import { getIntegrationStatus } from './integration-status.ts';
import { recordWebhookReceived, upsertStripeSecret } from './stripe.queries.ts';

const NOW = new Date();
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

let t: TestContext;
let cookie: string;
beforeAll(async () => {
  t = await createTestContext();
  ({ cookie } = await signUp(t.app));
});
afterAll(() => t.close());

const newProject = () => createProject(t.app, cookie);
const statusOf = (projectId: string) => getIntegrationStatus(t.db, projectId, NOW);

let n = 0;
async function addPageView(projectId: string, occurredAt: Date) {
  await insertPageViews(t.db, [{ projectId, occurredAt, sessionId: 's1', anonymousId: null, url: 'https://shop.example/', path: '/', referrer: null, trafficSource: null, utmSource: null, utmMedium: null, utmCampaign: null, props: {} }]);
}

async function addEvent(projectId: string, eventType: string, source: string, occurredAt: Date) {
  await insertEventsSkippingDuplicates(t.db, [{
    projectId, eventType, occurredAt, source, actorType: null, actorId: null, entityType: null, entityId: null, sessionId: 's1', anonymousId: null,
    correlationId: null, customerId: null, customerEmail: null, amountCents: null, currency: null, trafficSource: null, utmSource: null,
    utmMedium: null, utmCampaign: null, workflowRunId: null, payload: {}, idempotencyKey: `integration-status-${++n}`,
  }]);
}

describe('getIntegrationStatus', () => {
  it('a new project has nothing connected', async () => {
    expect(await statusOf(await newProject())).toEqual({ tracking: 'not_connected', payments: 'not_connected', forms: 'not_connected' });
  });

  describe('tracking', () => {
    it('a page view in the last 7 days: connected', async () => {
      const p = await newProject();
      await addPageView(p, daysAgo(3));
      expect((await statusOf(p)).tracking).toBe('connected');
    });

    it('page views only before the last 7 days: stale', async () => {
      const p = await newProject();
      await addPageView(p, daysAgo(10));
      expect((await statusOf(p)).tracking).toBe('stale');
    });

    it('a tracker checkout_started counts like a page view, recent or old', async () => {
      const recent = await newProject();
      await addEvent(recent, 'checkout_started', 'tracker', daysAgo(2));
      expect((await statusOf(recent)).tracking).toBe('connected');
      const old = await newProject();
      await addEvent(old, 'add_to_cart', 'tracker', daysAgo(20));
      expect((await statusOf(old)).tracking).toBe('stale');
    });

    it('events sent from the site’s server are not tracking', async () => {
      const p = await newProject();
      await addEvent(p, 'checkout_started', 'server', daysAgo(1));
      await addEvent(p, 'lead_created', 'form', daysAgo(1));
      expect((await statusOf(p)).tracking).toBe('not_connected');
    });

    it('another project’s page views do not count', async () => {
      const mine = await newProject();
      const theirs = await newProject();
      await addPageView(theirs, daysAgo(1));
      expect((await statusOf(mine)).tracking).toBe('not_connected');
      expect((await statusOf(theirs)).tracking).toBe('connected');
    });
  });

  describe('payments', () => {
    it('a secret but no webhook yet: stale', async () => {
      const p = await newProject();
      await upsertStripeSecret(t.db, p, 'whsec_test_integration_status', daysAgo(1));
      expect((await statusOf(p)).payments).toBe('stale');
    });

    it('a webhook in the last 30 days: connected; older: stale', async () => {
      const fresh = await newProject();
      await upsertStripeSecret(t.db, fresh, 'whsec_test_integration_status', daysAgo(60));
      await recordWebhookReceived(t.db, fresh, 'checkout.session.completed', daysAgo(29));
      expect((await statusOf(fresh)).payments).toBe('connected');
      const old = await newProject();
      await upsertStripeSecret(t.db, old, 'whsec_test_integration_status', daysAgo(60));
      await recordWebhookReceived(t.db, old, 'checkout.session.completed', daysAgo(31));
      expect((await statusOf(old)).payments).toBe('stale');
    });
  });

  it('forms: one form is enough', async () => {
    const p = await newProject();
    await insertForm(t.db, { projectId: p, name: 'Contact', fields: [{ name: 'email', label: 'Email', type: 'email', required: true }], redirectUrl: null });
    expect(await statusOf(p)).toEqual({ tracking: 'not_connected', payments: 'not_connected', forms: 'connected' });
  });
});
