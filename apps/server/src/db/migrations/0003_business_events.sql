-- Business events: append-only facts from every source. Derived facts live in their own tables.
-- The public id (evt_…) is the id in base 62, so it needs no column or index of its own.
CREATE TABLE business_events (
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  id bigserial NOT NULL,
  event_type text NOT NULL CHECK (event_type ~ '^[a-z0-9_.:-]{1,80}$'),
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  source text NOT NULL CHECK (source IN ('server', 'tracker', 'form', 'stripe', 'admin')),
  actor_type text,
  actor_id text,
  entity_type text,
  entity_id text,
  session_id text,
  anonymous_id text,
  correlation_id text,
  customer_id text,
  customer_email text,
  amount_cents bigint CHECK (amount_cents >= 0),
  currency text CHECK (currency ~ '^[A-Z]{3}$'),
  traffic_source text CHECK (traffic_source IN ('organic', 'paid', 'direct', 'referral', 'email')),
  utm_source text,
  utm_medium text,
  utm_campaign text,
  workflow_run_id text,
  payload jsonb NOT NULL DEFAULT '{}',
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 128),
  PRIMARY KEY (project_id, id)
);
-- Exactly once per (project, key): replays and concurrent duplicates find the first row.
CREATE UNIQUE INDEX business_events_idempotency_key ON business_events (project_id, idempotency_key);
-- Timeline reads: (occurred_at desc, id desc), overall and per type.
CREATE INDEX business_events_timeline ON business_events (project_id, occurred_at DESC, id DESC);
CREATE INDEX business_events_type_timeline ON business_events (project_id, event_type, occurred_at DESC, id DESC);
CREATE INDEX business_events_customer ON business_events (project_id, customer_email) WHERE customer_email IS NOT NULL;

CREATE FUNCTION business_events_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'business_events is append-only';
END;
$$;
CREATE TRIGGER business_events_append_only BEFORE UPDATE ON business_events
  FOR EACH ROW EXECUTE FUNCTION business_events_refuse_update();
