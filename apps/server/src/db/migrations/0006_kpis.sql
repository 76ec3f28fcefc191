-- KPIs: one row per project and local calendar day (in the project's time zone), recomputed from
-- the events by the rollup. Every figure here can be recomputed from business_events at any time.
CREATE TABLE business_kpi_daily (
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  local_date date NOT NULL,
  revenue_cents bigint NOT NULL DEFAULT 0,
  refunds_cents bigint NOT NULL DEFAULT 0,
  orders integer NOT NULL DEFAULT 0,
  leads integer NOT NULL DEFAULT 0,
  signups integer NOT NULL DEFAULT 0,
  subscribers integer NOT NULL DEFAULT 0,
  bookings integer NOT NULL DEFAULT 0,
  trials integer NOT NULL DEFAULT 0,
  checkouts_started integer NOT NULL DEFAULT 0,
  payment_failures integer NOT NULL DEFAULT 0,
  sessions integer NOT NULL DEFAULT 0,
  checkout_sessions integer NOT NULL DEFAULT 0,
  other_currencies jsonb NOT NULL DEFAULT '[]',
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, local_date)
);

-- Which (project, UTC day) received events since the rollup last looked, written by statement
-- triggers in the inserting transaction, so no change can be missed. It is an append-only log:
-- inserts never conflict, so ingestion never waits on a rollup; a rollup deletes the markers it can
-- see (committed ones) in the transaction that recomputes their days, and later ones stay for the
-- next. A UTC day touches at most three local days.
CREATE TABLE kpi_dirty_days (
  id bigserial PRIMARY KEY,
  project_id uuid NOT NULL,
  utc_date date NOT NULL
);
CREATE INDEX kpi_dirty_days_project ON kpi_dirty_days (project_id);

CREATE FUNCTION kpi_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_dirty_days (project_id, utc_date)
  SELECT DISTINCT project_id, (occurred_at AT TIME ZONE 'UTC')::date FROM new_rows;
  RETURN NULL;
END;
$$;
CREATE TRIGGER business_events_kpi_dirty AFTER INSERT ON business_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER analytics_events_kpi_dirty AFTER INSERT ON analytics_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_dirty();

-- Per project: when it was last rolled up, and in which zone (a new zone recomputes everything).
CREATE TABLE kpi_rollup_state (
  project_id uuid PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
  timezone text NOT NULL,
  currency text NOT NULL,
  last_rollup_at timestamptz NOT NULL
);

-- One row per rollup cycle (cron, admin trigger, backfill), for the KPI health pages.
CREATE TABLE kpi_rollup_runs (
  id bigserial PRIMARY KEY,
  trigger text NOT NULL CHECK (trigger IN ('cron', 'admin', 'backfill', 'debounce')),
  reason text,
  project_id uuid,
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  duration_ms integer,
  projects_count integer NOT NULL DEFAULT 0,
  rows_count integer NOT NULL DEFAULT 0,
  error text
);
CREATE INDEX kpi_rollup_runs_started ON kpi_rollup_runs (started_at DESC);
