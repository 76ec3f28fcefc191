import type pg from 'pg';
import type { ApiKeyKind } from '@runhub/contracts/accounts';

export interface CachedKey {
  keyId: string;
  projectId: string;
  kind: ApiKeyKind;
}

interface Entry {
  key: CachedKey;
  expiresAt: number;
  touchedAt: number;
}

export const REVOCATION_CHANNEL = 'runhub_api_key_revoked';
const TOUCH_EVERY_MS = 60_000;

/**
 * Active API keys by hash, so a key's request costs no lookup. A revocation reaches every process
 * at once through PostgreSQL NOTIFY; the TTL bounds staleness if a notification were ever missed.
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(hash: string, nowMs: number): CachedKey | undefined {
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (entry.expiresAt <= nowMs) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry.key;
  }

  set(hash: string, key: CachedKey, nowMs: number, lastUsedAt: Date | null): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(hash, { key, expiresAt: nowMs + this.ttlMs, touchedAt: lastUsedAt?.getTime() ?? 0 });
  }

  /** True at most once a minute per key: when its last-used time is worth writing. */
  shouldRecordUse(hash: string, nowMs: number): boolean {
    const entry = this.entries.get(hash);
    if (!entry || nowMs - entry.touchedAt < TOUCH_EVERY_MS) return false;
    entry.touchedAt = nowMs;
    return true;
  }

  clear(): void {
    this.entries.clear();
  }

  forget(keyId: string): void {
    for (const [hash, entry] of this.entries) if (entry.key.keyId === keyId) this.entries.delete(hash);
  }
}

/**
 * Holds one pooled connection that LISTENs for revocations. If that connection is lost, the cache
 * is cleared (notifications may have been missed) and listening resumes. Returns how to stop.
 */
export async function listenForRevocations(pool: pg.Pool, cache: ApiKeyCache, onError: (err: Error) => void): Promise<() => Promise<void>> {
  let client: pg.PoolClient | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let detach: () => void = () => undefined;

  const connect = async (): Promise<void> => {
    const c = await pool.connect();
    // Released exactly once, whether the connection is lost or we stop first (both can race at shutdown).
    let released = false;
    const release = (err?: Error) => {
      if (released) return;
      released = true;
      c.release(err);
    };
    const onNotification = (message: pg.Notification) => {
      if (message.channel === REVOCATION_CHANNEL && message.payload) cache.forget(message.payload);
    };
    const onLost = (err: Error) => {
      c.off('notification', onNotification);
      c.off('error', onLost);
      if (client === c) client = undefined;
      if (!stopped) onError(err);
      release(err);
      cache.clear();
      if (!stopped) retry = setTimeout(() => void connect().catch(onError), 1000);
    };
    c.on('notification', onNotification);
    c.on('error', onLost);
    await c.query(`LISTEN ${REVOCATION_CHANNEL}`);
    client = c;
    detach = () => {
      c.off('notification', onNotification);
      c.off('error', onLost);
      release();
    };
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const c = client;
    client = undefined;
    if (!c) return;
    await c.query(`UNLISTEN ${REVOCATION_CHANNEL}`).catch(() => undefined);
    detach();
  };
}
