import { hash, randomBytes } from 'node:crypto';
import type { ApiKeyKind } from '@runhub/contracts/accounts';

/** SHA-256 in hex, the one-shot way: every keyed request hashes its token, so this is hot. */
export function sha256Hex(value: string): string {
  return hash('sha256', value, 'hex');
}

/** The same as bytes (via hex: on Node 20, faster than asking crypto.hash for a Buffer). */
export function sha256(value: string): Buffer {
  return Buffer.from(sha256Hex(value), 'hex');
}

/** A session token for the cookie: 256 random bits. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

const KEY_PREFIX: Record<ApiKeyKind, string> = { public: 'pk_', secret: 'sk_' };

/** `pk_…` / `sk_…` followed by 192 random bits; the listing shows the first 12 characters. */
export function newApiKey(kind: ApiKeyKind): { key: string; prefix: string } {
  const key = KEY_PREFIX[kind] + randomBytes(24).toString('base64url');
  return { key, prefix: key.slice(0, 12) };
}

export function apiKeyKindOf(key: string): ApiKeyKind | undefined {
  if (key.startsWith('pk_')) return 'public';
  if (key.startsWith('sk_')) return 'secret';
  return undefined;
}
