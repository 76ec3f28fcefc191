import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';

let t: TestContext;
const projectRoutes: { method: string; url: string }[] = [];

beforeAll(async () => {
  t = await createTestContext();
  // Every route the app has under /v1/projects/:projectId, read from Fastify's route tree.
  const stack: string[] = [];
  for (const line of t.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([\s│├└─]*)(\S+) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    const url = stack.join('');
    if (!url.startsWith('/v1/projects/:projectId')) continue;
    for (const method of match[3]!.split(', ')) if (method !== 'HEAD') projectRoutes.push({ method, url });
  }
});
afterAll(() => t.close());

function fill(url: string, projectId: string): string {
  return url.replace(':projectId', projectId).replace(/:[a-zA-Z]+/g, '7d0e1c3a-1111-4222-8333-944455556666');
}

describe('every project route hides other projects', () => {
  it('finds the project routes', () => {
    const found = projectRoutes.map((r) => `${r.method} ${r.url}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'GET /v1/projects/:projectId',
        'PATCH /v1/projects/:projectId',
        'POST /v1/projects/:projectId/members',
        'DELETE /v1/projects/:projectId/members/:userId',
        'POST /v1/projects/:projectId/api-keys',
        'DELETE /v1/projects/:projectId/api-keys/:keyId',
      ]),
    );
  });

  it('answers 404 to a signed-in user of another project, whatever the body', async () => {
    const owner = await signUp(t.app);
    const outsider = await signUp(t.app);
    await createProject(t.app, outsider.cookie);
    const projectId = await createProject(t.app, owner.cookie);
    for (const route of projectRoutes) {
      const res = await t.app.inject({ method: route.method as 'GET', url: fill(route.url, projectId), headers: { cookie: outsider.cookie }, payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('answers 404 to a secret key of another project', async () => {
    const owner = await signUp(t.app);
    const projectId = await createProject(t.app, owner.cookie);
    const otherProject = await createProject(t.app, owner.cookie);
    const { key } = await createApiKey(t.app, owner.cookie, otherProject, 'secret');
    for (const route of projectRoutes) {
      const res = await t.app.inject({ method: route.method as 'GET', url: fill(route.url, projectId), headers: { authorization: `Bearer ${key}` }, payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
    }
  });

  it('answers the same 404 for a project that does not exist or an id that is not one', async () => {
    const { cookie } = await signUp(t.app);
    const existingForeign = await createProject(t.app, (await signUp(t.app)).cookie);
    const bodies = await Promise.all(
      ['0b6c3f1e-2222-4333-8444-555566667777', 'not-a-uuid', existingForeign].map(async (id) => (await t.app.inject({ url: `/v1/projects/${id}`, headers: { cookie } })).json()),
    );
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0].error.code).toBe('not_found');
  });
});
