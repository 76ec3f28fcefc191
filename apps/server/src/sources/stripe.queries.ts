import type { Db } from '../db/pool.ts';

export function upsertStripeSecret(db: Db, projectId: string, webhookSecret: string, now: Date) {
  return db
    .insertInto('stripe_integrations')
    .values({ project_id: projectId, webhook_secret: webhookSecret, updated_at: now })
    .onConflict((oc) => oc.column('project_id').doUpdateSet({ webhook_secret: webhookSecret, updated_at: now }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findStripeIntegration(db: Db, projectId: string) {
  return db.selectFrom('stripe_integrations').selectAll().where('project_id', '=', projectId).executeTakeFirst();
}

export function deleteStripeIntegration(db: Db, projectId: string) {
  return db.deleteFrom('stripe_integrations').where('project_id', '=', projectId).execute();
}

export function recordWebhookReceived(db: Db, projectId: string, type: string, at: Date) {
  return db.updateTable('stripe_integrations').set({ last_webhook_at: at, last_webhook_type: type }).where('project_id', '=', projectId).execute();
}
