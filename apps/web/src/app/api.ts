/**
 * The one way the UI talks to the API: same-origin JSON with the session cookie.
 * Unwraps `{ ok: true, data }` and turns everything else into an ApiError.
 */
export class ApiError extends Error {
  /** HTTP status, or 0 when the request never got a response. */
  readonly status: number;
  /** The server's error code, or `network_error` / `bad_response` for client-side failures. */
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

type Envelope = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const { method = 'GET', body, signal } = request;
  // Writes always carry a JSON body, even an empty one: the server only accepts JSON writes.
  const payload = method === 'GET' ? undefined : JSON.stringify(body ?? {});
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: payload === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: payload,
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : String(cause));
  }

  const envelope = await readEnvelope(response);
  if (envelope?.ok === true) return envelope.data as T;
  if (envelope?.ok === false) throw new ApiError(response.status, envelope.error.code, envelope.error.message);
  throw new ApiError(response.status, 'bad_response', `Unexpected response (HTTP ${response.status})`);
}

async function readEnvelope(response: Response): Promise<Envelope | null> {
  try {
    const json: unknown = await response.json();
    if (typeof json === 'object' && json !== null && 'ok' in json) return json as Envelope;
    return null;
  } catch {
    return null;
  }
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated';
}
