/**
 * Opaque paging cursors. Timeline order pages by (occurredAt, id), ingestion order by id.
 * A cursor that does not decode to exactly that shape is rejected, never half-read.
 */
export type Cursor = { kind: 'timeline'; occurredAt: Date; id: number } | { kind: 'ingestion'; id: number };

export function encodeCursor(cursor: Cursor): string {
  const raw = cursor.kind === 'timeline' ? { t: cursor.occurredAt.toISOString(), i: cursor.id } : { i: cursor.id };
  return Buffer.from(JSON.stringify(raw)).toString('base64url');
}

export function decodeCursor(value: string, kind: Cursor['kind']): Cursor | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { t, i } = raw as { t?: unknown; i?: unknown };
  const id = typeof i === 'number' ? i : Number.NaN;
  if (!Number.isSafeInteger(id) || id < 1) return undefined;
  if (kind === 'ingestion') return t === undefined ? { kind, id } : undefined;
  if (typeof t !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(t)) return undefined;
  const occurredAt = new Date(t);
  return Number.isNaN(occurredAt.getTime()) ? undefined : { kind, occurredAt, id };
}
