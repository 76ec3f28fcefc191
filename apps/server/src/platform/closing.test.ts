import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';
import { holdEventKey, lockWaits } from '../../test/row-locks.ts';

let t: TestContext;
let projectId: string;
let key: string;
let closed: Promise<void> | undefined;

beforeAll(async () => {
  t = await createTestContext();
  const { cookie } = await signUp(t.app);
  projectId = await createProject(t.app, cookie);
  key = (await createApiKey(t.app, cookie, projectId, 'secret')).key;
});
afterAll(async () => {
  await (closed ?? t.close());
});

const request = (method: string, path: string, body?: string) =>
  `${method} ${path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${key}\r\n` +
  (body ? `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` : '') +
  `\r\n${body ?? ''}`;

/** A raw keep-alive connection: requests are written as given (pipelined if sent early). */
function connection(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  const responses: string[] = [];
  let buffer = '';
  socket.on('data', (chunk) => {
    buffer += chunk;
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(buffer)?.[1];
      if (end < 0 || length === undefined || buffer.length < end + 4 + Number(length)) return;
      responses.push(buffer.slice(0, end + 4 + Number(length)));
      buffer = buffer.slice(end + 4 + Number(length));
    }
  });
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  return {
    write: (raw: string) => socket.write(raw),
    /** The n-th response (from 1), once it has arrived. */
    response: async (n: number) => {
      await expect.poll(() => responses.length).toBeGreaterThanOrEqual(n);
      return responses[n - 1]!;
    },
    closed,
  };
}

const postEvent = (idempotencyKey: string) =>
  request('POST', `/v1/inhouse/projects/${projectId}/business-events`, JSON.stringify({ eventType: 'lead_created', occurredAt: new Date().toISOString(), idempotencyKey }));

const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));

describe('shutting down', () => {
  it('finishes the requests in flight, refuses one arriving meanwhile with a 503 in the API envelope, and ends promptly', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as net.AddressInfo;
    const [a, b, c] = [connection(port), connection(port), connection(port)];
    const [keyA, keyB] = [`closing-a-${Date.now()}`, `closing-b-${Date.now()}`];
    const { release: releaseA } = await holdEventKey(t, projectId, keyA);
    const { release: releaseB } = await holdEventKey(t, projectId, keyB);
    // Two events in flight: a's insert waits on its row lock, b's in the writer's queue behind it.
    a.write(postEvent(keyA));
    await expect.poll(() => lockWaits(t)).toBe(1);
    b.write(postEvent(keyB));
    // And a request whose headers are still arriving when the shutdown begins.
    const late = request('GET', `/v1/inhouse/projects/${projectId}/business-events`);
    c.write(late.slice(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 200)); // read and queued before the close

    closed = t.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    c.write(late.slice(20));
    await releaseA();
    await releaseB();

    for (const answer of [await a.response(1), await b.response(1)]) {
      expect(answer).toMatch(/^HTTP\/1\.1 201 /);
      // Answered during the shutdown: its connection closes, so an idle keep-alive cannot hold it.
      expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    }
    const refused = await c.response(1);
    expect(refused).toMatch(/^HTTP\/1\.1 503 /);
    expect(refused).toMatch(/\r\nretry-after: 5\r\n/i);
    expect(refused).toMatch(/\r\nconnection: close\r\n/i);
    expect(bodyOf(refused)).toEqual({ ok: false, error: { code: 'unavailable', message: 'Run Hub is restarting. Try again in a moment.' } });
    await Promise.all([a.closed, b.closed, c.closed, closed]);
  });
});
