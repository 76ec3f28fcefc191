-- The same rule as before (1–80 characters of [a-z0-9_.:-]), written so PostgreSQL checks it cheaply.
-- Its regex engine expands the bounded repetition {1,80} into a large automaton: the old check cost
-- ~4 µs per row (measured: 4.2 s per million evaluations against 0.34 s for this form), about a fifth
-- of the database's CPU per inserted row measured alone. Adding the new check rereads the table once,
-- under this migration's lock (a few seconds for ten million events).
ALTER TABLE business_events DROP CONSTRAINT business_events_event_type_check;
ALTER TABLE business_events ADD CONSTRAINT business_events_event_type_check
  CHECK (event_type ~ '^[a-z0-9_.:-]+$' AND length(event_type) <= 80);
