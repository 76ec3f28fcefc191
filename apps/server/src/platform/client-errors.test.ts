import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { clientErrorAnswer } from './client-errors.ts';

let t: TestContext;
let port: number;

beforeAll(async () => {
  t = await createTestContext();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  await t.close();
});

/** Sends raw bytes and resolves with everything the server wrote before it closed the connection. */
function exchange(raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(raw));
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
  });
}

const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as unknown;

describe('requests refused before any route runs', () => {
  it('answers HTTP that does not parse with a 400 in the API envelope and closes the connection', async () => {
    const response = await exchange('THIS IS NOT HTTP\r\n\r\n');
    expect(statusOf(response)).toBe(400);
    expect(response).toMatch(/\r\nconnection: close\r\n/i);
    expect(bodyOf(response)).toEqual({ ok: false, error: { code: 'validation_error', message: 'The request is not valid HTTP.' } });
  });

  it('answers headers over the size limit with 431 headers_too_large', async () => {
    const response = await exchange(`GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(statusOf(response)).toBe(431);
    expect(bodyOf(response)).toEqual({ ok: false, error: { code: 'headers_too_large', message: 'The request headers are too large.' } });
  });

  it('still answers a sane request on the same server', async () => {
    const response = await exchange('GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(statusOf(response)).toBe(200);
  });

  it('answers a path with a malformed %-escape with 400 validation_error', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/inhouse/projects/%E0%A4%A/business-events' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ ok: false, error: { code: 'validation_error', message: 'The URL is not valid: it has a malformed %-escape.' } });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('answers a path parameter longer than any id with 404 not_found', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/v1/inhouse/projects/${'p'.repeat(150)}/business-events` });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('maps a request that did not arrive in time to 408 request_timeout', () => {
    const answer = clientErrorAnswer({ code: 'ERR_HTTP_REQUEST_TIMEOUT' });
    expect([answer.status, answer.code]).toEqual([408, 'request_timeout']);
  });
});
