-- Integration status asks "has this project had tracker events (lately)?" on every overview. Only
-- tracker-sourced business events are in this index, so the answer is one index probe even for a
-- project with many server-side checkouts and no tracker.
CREATE INDEX business_events_tracker ON business_events (project_id, occurred_at DESC) WHERE source = 'tracker';
