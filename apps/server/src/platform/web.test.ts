import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installErrorHandling } from './error-handler.ts';
import { installWebApp } from './web.ts';

let app: FastifyInstance;
let dist: string;
beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'runhub-web-'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Run Hub</title>');
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
  app = Fastify();
  installErrorHandling(app);
  expect(await installWebApp(app, dist)).toBe(true);
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('the web app', () => {
  it('answers client-side routes with index.html, not to be cached', async () => {
    const res = await app.inject({ url: '/projects/123/run?range=today' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Run Hub</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets as immutable', async () => {
    const res = await app.inject({ url: '/assets/app-1a2b.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing file or API path with the JSON 404 envelope, not the page', async () => {
    for (const url of ['/assets/gone-9z.js', '/favicon.ico', '/v1/nothing?x=1']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ ok: false, error: { code: 'not_found', message: `No route for GET ${url.split('?')[0]}.` } });
    }
  });
});
