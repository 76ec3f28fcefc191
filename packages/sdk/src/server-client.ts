// A small typed client for a site's server: records business events with a secret key.
// Types only from contracts, so it adds nothing to a bundle but this file.
import type { batchPayload, BusinessEventInput, IngestResult } from '@runhub/contracts/events';
import type { z } from 'zod';

export type BatchResult = z.infer<typeof batchPayload>;

/** An event to record; without an idempotencyKey one is generated (so a retry of this call is not a replay). */
export type RunHubEvent = Omit<BusinessEventInput, 'idempotencyKey'> & { idempotencyKey?: string };

export interface RunHubClientOptions {
  /** Run Hub's origin, e.g. https://hub.example.com */
  baseUrl: string;
  /** A project secret key, `sk_…`; keep it on the server. */
  secretKey: string;
  projectId: string;
  /** Defaults to the global fetch (Node 18+, Deno, Bun, workers). */
  fetch?: typeof fetch;
}

export interface RunHubClient {
  track(event: RunHubEvent): Promise<IngestResult>;
  trackBatch(events: RunHubEvent[]): Promise<BatchResult>;
}

/** A refused or failed call: `code` is Run Hub's error code (or network_error / invalid_response), `status` the HTTP status (0 without one). */
export class RunHubError extends Error {
  override name = 'RunHubError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function withKey(event: RunHubEvent): BusinessEventInput {
  return { ...event, idempotencyKey: event.idempotencyKey ?? `sdk:${globalThis.crypto.randomUUID()}` };
}

export function createRunHubClient(options: RunHubClientOptions): RunHubClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const base = `${options.baseUrl.replace(/\/+$/, '')}/v1/inhouse/projects/${encodeURIComponent(options.projectId)}/business-events`;

  async function post<T>(path: string, body: unknown): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(base + path, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (error) {
      throw new RunHubError('network_error', `Run Hub could not be reached: ${error instanceof Error ? error.message : String(error)}`, 0);
    }
    let parsed: { ok?: boolean; data?: T; error?: { code?: string; message?: string } };
    try {
      parsed = (await response.json()) as typeof parsed;
    } catch {
      throw new RunHubError('invalid_response', `Run Hub answered ${response.status} without a JSON body.`, response.status);
    }
    if (!response.ok || parsed.ok !== true) {
      throw new RunHubError(parsed.error?.code ?? 'invalid_response', parsed.error?.message ?? `Run Hub answered ${response.status}.`, response.status);
    }
    return parsed.data as T;
  }

  return {
    track: (event) => post<IngestResult>('', withKey(event)),
    trackBatch: (events) => post<BatchResult>('/batch', { events: events.map(withKey) }),
  };
}
