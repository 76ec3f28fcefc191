-- How long a project's last debounced rollup took: the next one waits in proportion, so a project
-- with a very busy day (whose rollup rereads that whole day) cannot keep PostgreSQL recomputing it.
ALTER TABLE kpi_rollup_state ADD COLUMN last_rollup_ms integer NOT NULL DEFAULT 0;
