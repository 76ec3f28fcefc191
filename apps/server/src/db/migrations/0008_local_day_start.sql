-- The first instant of a local calendar day. `d::timestamp AT TIME ZONE tz` alone picks the later
-- of two midnights where clocks fall back at midnight (e.g. America/Havana, Atlantic/Azores), which
-- would start such a day an hour late; going through 23:00 of the day before (never ambiguous
-- there) finds the first. Used for every "local day" boundary: rollups and event listings.
CREATE FUNCTION local_day_start(d date, tz text) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT least(d::timestamp AT TIME ZONE tz, (d::timestamp - interval '1 hour') AT TIME ZONE tz + interval '1 hour')
$$;
