-- Fixed-window request counters shared by every web process. Unlogged: losing counts in a crash is harmless.
CREATE UNLOGGED TABLE rate_limit_hits (
  bucket text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL DEFAULT 0,
  PRIMARY KEY (bucket, window_start)
);
