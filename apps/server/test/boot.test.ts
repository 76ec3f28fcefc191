import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { boot } from '../src/boot.ts';
import { createEmptyDatabase } from './template.ts';

const MAIN = path.resolve(import.meta.dirname, '../src/main.ts');
const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

interface Started {
  child: ChildProcess;
  output: () => string;
  baseUrl: string;
}

/** Runs the real entry point (`node --import tsx src/main.ts`) and waits for it to listen. */
async function startMain(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`main.ts did not start:\n${output}`)), 90_000);
    child.stdout!.on('data', () => {
      const match = /is up on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`main.ts exited with ${code}:\n${output}`));
    });
  });
  return { child, output: () => output, baseUrl };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

describe('the real main.ts', () => {
  it('starts embedded PostgreSQL, is ready, seeds the demo login, stops cleanly and reuses its port', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'runhub-boot-'));
    const first = await startMain({ RUNHUB_DATA_DIR: dataDir });
    const ready = await fetch(`${first.baseUrl}/readyz`);
    expect(ready.status).toBe(200);

    const password = /password: (\S+)/.exec(first.output())?.[1];
    expect(password).toBeTruthy();
    const login = await fetch(`${first.baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@runhub.local', password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const projects = (await (await fetch(`${first.baseUrl}/v1/projects`, { headers: { cookie } })).json()) as { data: { projects: { timezone: string; locale: string }[] } };
    expect(projects.data.projects.map((p) => [p.timezone, p.locale]).sort()).toEqual([['Africa/Cairo', 'ar-EG'], ['America/New_York', 'en']]);

    const { port } = JSON.parse(await fs.readFile(path.join(dataDir, 'postgres.json'), 'utf8')) as { port: number };
    expect(await portAnswers(port)).toBe(true);
    first.child.kill('SIGTERM');
    const code = await exitOf(first.child);
    expect(code, first.output()).toBe(0);
    expect(await portAnswers(port)).toBe(false);

    const second = await startMain({ RUNHUB_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'postgres.json'), 'utf8')).port).toBe(port);
    expect(second.output()).not.toContain('created the demo account');
    // One log line per request, with what was asked and how it ended; credentials stay out.
    const asked = await fetch(`${second.baseUrl}/v1/projects?page=2`, { headers: { 'x-request-id': 'boot-log-check-1', authorization: 'Bearer sk_not_a_real_key' } });
    expect(asked.status).toBe(401);
    const linesOf = () => second.output().split('\n').filter((line) => line.includes('"boot-log-check-1"')).map((line) => JSON.parse(line) as Record<string, unknown>);
    await expect.poll(() => linesOf().length).toBe(1);
    expect(linesOf()[0]).toMatchObject({ level: 30, msg: 'request completed', req: { method: 'GET', url: '/v1/projects?page=2' }, res: { statusCode: 401 } });
    expect(linesOf()[0]!.responseTime).toEqual(expect.any(Number));
    expect(second.output()).not.toContain('sk_not_a_real_key');
    second.child.kill('SIGINT');
    expect(await exitOf(second.child)).toBe(0);
    await fs.rm(dataDir, { recursive: true, force: true });
  }, 180_000);

  it('refuses to boot with a bad variable, naming it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { env: { PATH: process.env.PATH ?? '', PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    expect(await exitOf(child)).toBe(1);
    expect(stderr).toContain('PORT="eighty"');
  }, 60_000);
});

describe('two processes booting on one database at once', () => {
  it('both come up; migrations and the demo account happen once', async () => {
    const { url, drop } = await createEmptyDatabase(inject('adminUrl'));
    const env = { DATABASE_URL: url, PORT: '0', LOG_LEVEL: 'silent', RUNHUB_DISABLE_CRON: '1' };
    const log = console.log;
    console.log = () => undefined;
    try {
      const [a, b] = await Promise.all([boot(env), boot(env)]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const migrations = await client.query('SELECT version, count(*) OVER () AS n FROM schema_migrations');
      const users = await client.query('SELECT email FROM users');
      const projects = await client.query('SELECT count(*)::int AS n FROM projects');
      await client.end();
      expect(new Set(migrations.rows.map((r) => r.version)).size).toBe(migrations.rows.length);
      expect(users.rows).toEqual([{ email: 'demo@runhub.local' }]);
      expect(projects.rows[0].n).toBe(2);
      for (const instance of [a, b]) expect((await fetch(`http://127.0.0.1:${instance.port}/readyz`)).status).toBe(200);
      await Promise.all([a.stop(), b.stop()]);
    } finally {
      console.log = log;
      await drop();
    }
  }, 120_000);
});
