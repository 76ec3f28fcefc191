import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('build status', () => {
  it('the site’s server reports it with its secret key; the project shows the latest', async () => {
    const { cookie } = await signUp(t.app);
    const projectId = await createProject(t.app, cookie);
    const { key } = await createApiKey(t.app, cookie, projectId, 'secret');
    const url = `/v1/inhouse/projects/${projectId}/build-status`;
    expect((await t.app.inject({ url, headers: { cookie } })).json().data.buildStatus).toBeNull();
    const put = (payload: object) => t.app.inject({ method: 'PUT', url, headers: { authorization: `Bearer ${key}` }, payload });
    expect((await put({ status: 'building' })).statusCode).toBe(200);
    const res = await put({ status: 'deployed', url: 'https://shop.example', message: 'v42' });
    expect(res.json().data.buildStatus).toMatchObject({ status: 'deployed', url: 'https://shop.example', message: 'v42' });
    expect((await t.app.inject({ url, headers: { cookie } })).json().data.buildStatus.status).toBe('deployed');
    expect((await put({ status: 'exploded' })).statusCode).toBe(400);
    expect((await put({ status: 'failed', url: 'ftp://x' })).statusCode).toBe(400);
  });
});
