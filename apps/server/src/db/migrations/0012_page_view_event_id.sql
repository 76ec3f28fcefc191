-- A page view delivered twice (the tracker's fetch fallback retrying, a proxy replaying a beacon)
-- was stored twice, inflating sessions and traffic. Page views now keep the tracker's eventId; a
-- redelivery carries the same id and time and is skipped. The key includes occurred_at because a
-- unique index on a partitioned table must contain its partition key. Rows without an id (the
-- demo's, older senders') are not deduplicated.
ALTER TABLE analytics_events ADD COLUMN event_id text;
CREATE UNIQUE INDEX analytics_events_event_id ON analytics_events (project_id, event_id, occurred_at);
