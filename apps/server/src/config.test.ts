import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('has defaults for everything', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, role: 'all', cronEnabled: true, demo: true, adminEmails: [], sessionTtlDays: 30 });
    expect(c.dataDir).toBe(path.resolve('.runhub'));
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it('reads switches and lists', () => {
    const c = loadConfig({ RUNHUB_ROLE: 'worker', RUNHUB_DISABLE_CRON: '1', RUNHUB_DEMO: '0', RUNHUB_ADMIN_EMAILS: ' A@x.io ,b@y.io,', RUNHUB_PUBLIC_URL: 'https://hub.example.com/' });
    expect(c).toMatchObject({ role: 'worker', cronEnabled: false, demo: false, adminEmails: ['a@x.io', 'b@y.io'], publicUrl: 'https://hub.example.com' });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['RUNHUB_ROLE', 'scheduler'],
    ['RUNHUB_DISABLE_CRON', 'maybe'],
    ['RUNHUB_ADMIN_EMAILS', 'not-an-email'],
    ['RUNHUB_PUBLIC_URL', 'hub.example.com'],
    ['LOG_LEVEL', 'loud'],
  ])('names %s and the expected value when it is %j', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      expect((error as Error).message).toContain(`${variable}=${JSON.stringify(value)}`);
      expect((error as Error).message).toContain('.env.example');
    }
  });
});
