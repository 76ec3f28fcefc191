import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, validProject, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('projects', () => {
  it('creates a project with the creator as owner, lists and reads it', async () => {
    const { cookie, userId } = await signUp(t.app);
    const created = await t.app.inject({ method: 'POST', url: '/v1/projects', headers: { cookie }, payload: validProject });
    expect(created.statusCode).toBe(201);
    const project = created.json().data.project;
    expect(project).toMatchObject({ ...validProject, role: 'owner', buildStatus: null });
    const member = await t.db.selectFrom('project_members').selectAll().where('project_id', '=', project.id).executeTakeFirstOrThrow();
    expect(member).toMatchObject({ user_id: userId, role: 'owner' });

    const list = await t.app.inject({ url: '/v1/projects', headers: { cookie } });
    expect(list.json().data.projects.map((p: { id: string }) => p.id)).toEqual([project.id]);
    const one = await t.app.inject({ url: `/v1/projects/${project.id}`, headers: { cookie } });
    expect(one.json().data.project.name).toBe('Shop');
  });

  it('requires a signed-in user', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/projects', payload: validProject });
    expect(res.statusCode).toBe(401);
    expect((await t.app.inject({ url: '/v1/projects' })).statusCode).toBe(401);
  });

  it.each([
    ['timezone', { timezone: 'Mars/Olympus_Mons' }],
    ['timezone', { timezone: 'not a zone' }],
    ['currency', { currency: 'usd' }],
    ['currency', { currency: 'XYZ' }],
    ['industry', { industry: 'casino' }],
    ['locale', { locale: 'it' }],
    ['name', { name: '   ' }],
    ['ownerId', { ownerId: 'someone-else' }],
  ])('rejects a bad %s with 400', async (field, patch) => {
    const { cookie } = await signUp(t.app);
    const res = await t.app.inject({ method: 'POST', url: '/v1/projects', headers: { cookie }, payload: { ...validProject, ...patch } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_error');
    expect(res.json().error.message).toContain(field);
  });

  it('accepts zones such as Asia/Kathmandu and Australia/Lord_Howe', async () => {
    const { cookie } = await signUp(t.app);
    for (const timezone of ['Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Argentina/Buenos_Aires', 'UTC']) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/projects', headers: { cookie }, payload: { ...validProject, timezone } });
      expect(res.statusCode, timezone).toBe(201);
    }
  });

  it('PATCH updates given fields, rejects unknown ones, and is closed to plain members', async () => {
    const owner = await signUp(t.app);
    const projectId = await createProject(t.app, owner.cookie);
    const res = await t.app.inject({ method: 'PATCH', url: `/v1/projects/${projectId}`, headers: { cookie: owner.cookie }, payload: { name: 'Renamed', timezone: 'Africa/Cairo' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.project).toMatchObject({ name: 'Renamed', timezone: 'Africa/Cairo', currency: 'EUR' });

    const massAssign = await t.app.inject({ method: 'PATCH', url: `/v1/projects/${projectId}`, headers: { cookie: owner.cookie }, payload: { id: 'x', isDemo: true } });
    expect(massAssign.statusCode).toBe(400);

    const member = await signUp(t.app);
    await t.app.inject({ method: 'POST', url: `/v1/projects/${projectId}/members`, headers: { cookie: owner.cookie }, payload: { email: member.email, role: 'member' } });
    const denied = await t.app.inject({ method: 'PATCH', url: `/v1/projects/${projectId}`, headers: { cookie: member.cookie }, payload: { name: 'Mine' } });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    const stored = await t.db.selectFrom('projects').select('name').where('id', '=', projectId).executeTakeFirstOrThrow();
    expect(stored.name).toBe('Renamed');
  });

  it('shows each project’s last reported build status on the list and on the project; null when none', async () => {
    const { cookie } = await signUp(t.app);
    const deployed = await createProject(t.app, cookie, { ...validProject, name: 'Deployed' });
    const failed = await createProject(t.app, cookie, { ...validProject, name: 'Failed' });
    const silent = await createProject(t.app, cookie, { ...validProject, name: 'Silent' });
    const report = async (projectId: string, payload: object) => {
      const { key } = await createApiKey(t.app, cookie, projectId, 'secret');
      const res = await t.app.inject({ method: 'PUT', url: `/v1/inhouse/projects/${projectId}/build-status`, headers: { authorization: `Bearer ${key}` }, payload });
      expect(res.statusCode).toBe(200);
    };
    t.clock.now = new Date('2026-11-20T10:00:00Z');
    await report(deployed, { status: 'building' });
    t.clock.now = new Date('2026-11-20T10:05:00Z');
    await report(deployed, { status: 'deployed', url: 'https://shop.example', message: 'v42' });
    await report(failed, { status: 'failed', message: 'Build script exited with 1' });

    const list = (await t.app.inject({ url: '/v1/projects', headers: { cookie } })).json().data.projects as { id: string; buildStatus: unknown }[];
    const byId = new Map(list.map((p) => [p.id, p.buildStatus]));
    expect(byId.get(deployed)).toEqual({ status: 'deployed', url: 'https://shop.example', message: 'v42', updatedAt: '2026-11-20T10:05:00.000Z' });
    expect(byId.get(failed)).toEqual({ status: 'failed', url: null, message: 'Build script exited with 1', updatedAt: '2026-11-20T10:05:00.000Z' });
    expect(byId.get(silent)).toBeNull();

    const one = async (projectId: string) => (await t.app.inject({ url: `/v1/projects/${projectId}`, headers: { cookie } })).json().data.project.buildStatus;
    expect(await one(deployed)).toMatchObject({ status: 'deployed', url: 'https://shop.example' });
    expect(await one(failed)).toMatchObject({ status: 'failed', url: null });
    expect(await one(silent)).toBeNull();

    // Editing the project keeps its build status in the answer.
    const patched = await t.app.inject({ method: 'PATCH', url: `/v1/projects/${deployed}`, headers: { cookie }, payload: { name: 'Deployed shop' } });
    expect(patched.json().data.project).toMatchObject({ name: 'Deployed shop', buildStatus: { status: 'deployed' } });
  });
});
