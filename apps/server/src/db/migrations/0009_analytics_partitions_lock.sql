-- Two callers creating the same month's partition at once (the retention job and a seeder, or two
-- workers) failed with "relation already exists": partition creation now takes a transaction-scoped
-- advisory lock, so callers take turns and the second finds the partition made.
CREATE OR REPLACE FUNCTION ensure_analytics_partitions(from_month date, to_month date) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  m date := date_trunc('month', from_month)::date;
  created integer := 0;
  name text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('runhub:analytics-partitions'));
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
