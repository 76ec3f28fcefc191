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
const RETRY_LISTEN_MS = 1000;

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
 * is cleared (notifications may have been missed) and listening resumes: tried again every second
 * for as long as the database stays away. Returns how to stop.
 */
export async function listenForRevocations(pool: pg.Pool, cache: ApiKeyCache, onError: (err: Error) => void): Promise<() => Promise<void>> {
  let client: pg.PoolClient | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let detach: () => void = () => undefined;

  const scheduleRetry = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch((err: Error) => {
        onError(err);
        scheduleRetry();
      });
    }, RETRY_LISTEN_MS);
  };

  const connect = async (): Promise<void> => {
    const c = await pool.connect();
    const onNotification = (message: pg.Notification) => {
      if (message.channel === REVOCATION_CHANNEL && message.payload) cache.forget(message.payload);
    };
    // Released exactly once, whether the connection is lost or we stop first (both can race at shutdown).
    let released = false;
    const release = (err?: Error) => {
      if (released) return;
      released = true;
      c.off('notification', onNotification);
      c.off('error', onLost);
      c.release(err);
    };
    const onLost = (err: Error) => {
      if (client === c) client = undefined;
      release(err);
      cache.clear();
      if (stopped) return;
      onError(err);
      scheduleRetry();
    };
    c.on('notification', onNotification);
    c.on('error', onLost);
    try {
      await c.query(`LISTEN ${REVOCATION_CHANNEL}`);
    } catch (err) {
      release(err as Error);
      throw err;
    }
    if (stopped) {
      release();
      return;
    }
    client = c;
    detach = () => release();
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
