import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, createTestContext, signUp, type SignedIn, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

async function addMember(projectId: string, by: SignedIn, email: string, role = 'member') {
  return await t.app.inject({ method: 'POST', url: `/v1/projects/${projectId}/members`, headers: { cookie: by.cookie }, payload: { email, role } });
}

describe('members and roles', () => {
  it('an owner adds an existing user by email; the member then sees the project', async () => {
    const owner = await signUp(t.app);
    const other = await signUp(t.app);
    const projectId = await createProject(t.app, owner.cookie);
    const res = await addMember(projectId, owner, other.email.toUpperCase());
    expect(res.statusCode).toBe(201);
    expect(res.json().data.member).toMatchObject({ userId: other.userId, role: 'member' });
    const seen = await t.app.inject({ url: '/v1/projects', headers: { cookie: other.cookie } });
    expect(seen.json().data.projects[0]).toMatchObject({ id: projectId, role: 'member' });
    const list = await t.app.inject({ url: `/v1/projects/${projectId}/members`, headers: { cookie: other.cookie } });
    expect(list.json().data.members.map((m: { role: string }) => m.role).sort()).toEqual(['member', 'owner']);
  });

  it('a member removed, or given another role, is answered by what the database says on the very next request', async () => {
    const owner = await signUp(t.app);
    const other = await signUp(t.app);
    const projectId = await createProject(t.app, owner.cookie);
    await addMember(projectId, owner, other.email, 'admin');
    const readProject = () => t.app.inject({ url: `/v1/projects/${projectId}`, headers: { cookie: other.cookie } });
    const rename = () => t.app.inject({ method: 'PATCH', url: `/v1/projects/${projectId}`, headers: { cookie: other.cookie }, payload: { name: 'Renamed' } });
    expect((await readProject()).json().data.project).toMatchObject({ id: projectId, role: 'admin' });
    expect((await rename()).statusCode).toBe(200);

    await t.db.updateTable('project_members').set({ role: 'member' }).where('project_id', '=', projectId).where('user_id', '=', other.userId).execute();
    expect((await readProject()).json().data.project).toMatchObject({ role: 'member', name: 'Renamed' });
    expect((await rename()).statusCode).toBe(403);

    const removed = await t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/members/${other.userId}`, headers: { cookie: owner.cookie } });
    expect(removed.statusCode).toBe(200);
    expect((await readProject()).statusCode).toBe(404);
  });

  it('unknown email → 404, already a member → 409', async () => {
    const owner = await signUp(t.app);
    const other = await signUp(t.app);
    const projectId = await createProject(t.app, owner.cookie);
    expect((await addMember(projectId, owner, 'ghost@example.com')).statusCode).toBe(404);
    expect((await addMember(projectId, owner, other.email)).statusCode).toBe(201);
    const again = await addMember(projectId, owner, other.email);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
  });

  it('members and admins cannot manage members', async () => {
    const owner = await signUp(t.app);
    const admin = await signUp(t.app);
    const member = await signUp(t.app);
    const outsider = await signUp(t.app);
    const projectId = await createProject(t.app, owner.cookie);
    await addMember(projectId, owner, admin.email, 'admin');
    await addMember(projectId, owner, member.email, 'member');
    for (const who of [admin, member]) {
      const add = await addMember(projectId, who, outsider.email);
      expect(add.statusCode).toBe(403);
      const remove = await t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/members/${owner.userId}`, headers: { cookie: who.cookie } });
      expect(remove.statusCode).toBe(403);
    }
    const count = await t.db.selectFrom('project_members').select((eb) => eb.fn.countAll<number>().as('n')).where('project_id', '=', projectId).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
  });

  it('the last owner cannot be removed; with a second owner they can', async () => {
    const owner = await signUp(t.app);
    const second = await signUp(t.app);
    const projectId = await createProject(t.app, owner.cookie);
    const blocked = await t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/members/${owner.userId}`, headers: { cookie: owner.cookie } });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.code).toBe('last_owner');

    await addMember(projectId, owner, second.email, 'owner');
    const removed = await t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/members/${owner.userId}`, headers: { cookie: second.cookie } });
    expect(removed.statusCode).toBe(200);
    const lastOne = await t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/members/${second.userId}`, headers: { cookie: second.cookie } });
    expect(lastOne.statusCode).toBe(409);
  });

  it('two owners removing each other at once leave one owner', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    const projectId = await createProject(t.app, a.cookie);
    await addMember(projectId, a, b.email, 'owner');
    const results = await Promise.all([
      t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/members/${b.userId}`, headers: { cookie: a.cookie } }),
      t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/members/${a.userId}`, headers: { cookie: b.cookie } }),
    ]);
    const owners = await t.db.selectFrom('project_members').select('user_id').where('project_id', '=', projectId).where('role', '=', 'owner').execute();
    expect(owners).toHaveLength(1);
    // One removal wins. The other is refused: 409 if it got past the access check first, or
    // 404 if its caller had already been removed by then.
    const [won, lost] = results.map((r) => r.statusCode).sort();
    expect(won).toBe(200);
    expect([404, 409]).toContain(lost);
  });

  it('removing someone who is not a member → 404', async () => {
    const owner = await signUp(t.app);
    const stranger = await signUp(t.app);
    const projectId = await createProject(t.app, owner.cookie);
    const res = await t.app.inject({ method: 'DELETE', url: `/v1/projects/${projectId}/members/${stranger.userId}`, headers: { cookie: owner.cookie } });
    expect(res.statusCode).toBe(404);
  });
});
