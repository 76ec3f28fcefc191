let zones: readonly string[] | undefined;

/** Every IANA zone the browser knows, plus UTC (which Intl leaves out of its list). */
export function listTimeZones(): readonly string[] {
  zones ??= [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', browserTimeZone()])].sort();
  return zones;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Zones matching what the user typed, city-name prefix matches first ("cai" → Africa/Cairo
 * before anything that merely contains it). Spaces match underscores: "new york" works.
 */
export function searchTimeZones(all: readonly string[], query: string): readonly string[] {
  const needle = query.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  if (!needle) return all;
  const cityMatches: string[] = [];
  const otherMatches: string[] = [];
  for (const zone of all) {
    const haystack = zone.toLowerCase().replace(/_/g, ' ');
    const city = haystack.slice(haystack.lastIndexOf('/') + 1);
    if (city.startsWith(needle)) cityMatches.push(zone);
    else if (haystack.includes(needle)) otherMatches.push(zone);
  }
  return [...cityMatches, ...otherMatches];
}
