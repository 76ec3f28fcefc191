import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, signUp, type TestContext } from '../../test/harness.ts';

const CLI = path.resolve(import.meta.dirname, 'runhub.ts');
let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

function runCli(args: string[], input = ''): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { PATH: process.env.PATH ?? '', DATABASE_URL: t.url, LOG_LEVEL: 'silent' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code, out }));
    child.stdin.end(input);
  });
}

describe('npm run runhub -- …', () => {
  it('grant-admin makes a user a platform admin; revoke-admin takes it back; unknown emails fail', async () => {
    const { cookie, email } = await signUp(t.app);
    const isAdmin = async () => (await t.app.inject({ url: '/v1/auth/me', headers: { cookie } })).json().data.user.isPlatformAdmin;
    expect(await isAdmin()).toBe(false);
    expect((await runCli(['grant-admin', email.toUpperCase()])).code).toBe(0);
    expect(await isAdmin()).toBe(true);
    expect((await runCli(['revoke-admin', email])).code).toBe(0);
    expect(await isAdmin()).toBe(false);
    const unknown = await runCli(['grant-admin', 'nobody@example.com']);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('no user with email');
  }, 60_000);

  it('set-password reads the new password from stdin and refuses a short one', async () => {
    const { email } = await signUp(t.app);
    expect((await runCli(['set-password', email], 'short\n')).code).toBe(1);
    expect((await runCli(['set-password', email], 'a brand new password\n')).code).toBe(0);
    const login = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password: 'a brand new password' } });
    expect(login.statusCode).toBe(200);
  }, 60_000);

  it('an unknown command exits 2 with the usage', async () => {
    const res = await runCli(['explode']);
    expect(res.code).toBe(2);
    expect(res.out).toContain('Usage: npm run runhub');
  }, 60_000);
});
