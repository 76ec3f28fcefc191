-- Page views from the browser tracker: high volume, kept 90 days, partitioned by month (UTC) so
-- retention drops whole partitions instead of deleting rows one by one.
CREATE TABLE analytics_events (
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  id bigserial NOT NULL,
  event_type text NOT NULL DEFAULT 'page_view',
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  session_id text NOT NULL,
  anonymous_id text,
  url text NOT NULL,
  path text NOT NULL,
  referrer text,
  traffic_source text CHECK (traffic_source IN ('organic', 'paid', 'direct', 'referral', 'email')),
  utm_source text,
  utm_medium text,
  utm_campaign text,
  props jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (project_id, occurred_at, id)
) PARTITION BY RANGE (occurred_at);

CREATE INDEX analytics_events_session ON analytics_events (project_id, session_id, occurred_at);

-- Creates the monthly partitions covering [from_month, to_month]; safe to call again.
CREATE FUNCTION ensure_analytics_partitions(from_month date, to_month date) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  m date := date_trunc('month', from_month)::date;
  created integer := 0;
  name text;
BEGIN
  WHILE m <= to_month LOOP
    name := 'analytics_events_' || to_char(m, 'YYYY_MM');
    IF to_regclass(name) IS NULL THEN
      EXECUTE format(
        'CREATE TABLE %I PARTITION OF analytics_events FOR VALUES FROM (%L) TO (%L)',
        name, to_char(m, 'YYYY-MM-DD') || ' 00:00:00+00', to_char((m + interval '1 month')::date, 'YYYY-MM-DD') || ' 00:00:00+00');
      created := created + 1;
    END IF;
    m := (m + interval '1 month')::date;
  END LOOP;
  RETURN created;
END;
$$;

SELECT ensure_analytics_partitions((now() - interval '4 months')::date, (now() + interval '3 months')::date);
