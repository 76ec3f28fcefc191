import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { addMemberBody, emptyPayload, memberParams, memberPayload, membersPayload, projectParams } from '@runhub/contracts/accounts';
import { okEnvelope } from '@runhub/contracts/envelope';
import type { AppDeps } from '../app-deps.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import { projectAccessOf } from './access.ts';
import { deleteMemberKeepingAnOwner, insertMember, listMembers } from './members.queries.ts';
import { presentMember } from './present.ts';
import { findUserByEmail } from './users.queries.ts';

export function memberRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/v1/projects/:projectId/members', {
    config: { permission: 'read' },
    schema: { tags: ['members'], summary: 'Members and their roles', params: projectParams, response: { 200: okEnvelope(membersPayload) } },
  }, async (request) => {
    const access = projectAccessOf(request);
    const members = await listMembers(db, access.projectId);
    return { ok: true as const, data: { members: members.map(presentMember) } };
  });

  r.post('/v1/projects/:projectId/members', {
    config: { permission: 'manage_members' },
    schema: { tags: ['members'], summary: 'Add an existing user by email (owners only)', params: projectParams, body: addMemberBody, response: { 201: okEnvelope(memberPayload) } },
  }, async (request, reply) => {
    const access = projectAccessOf(request);
    const user = await findUserByEmail(db, request.body.email);
    if (!user) throw new AppError('not_found', 'No Run Hub account uses this email. Ask them to sign up first.');
    const added = await insertMember(db, access.projectId, user.id, request.body.role);
    if (!added) throw new AppError('conflict', 'This user is already a member of the project.');
    const member = presentMember({ ...added, email: user.email, name: user.name });
    return reply.status(201).send({ ok: true as const, data: { member } });
  });

  r.delete('/v1/projects/:projectId/members/:userId', {
    config: { permission: 'manage_members' },
    schema: { tags: ['members'], summary: 'Remove a member (owners only; the last owner stays)', params: memberParams, response: { 200: okEnvelope(emptyPayload) } },
  }, async (request) => {
    const access = projectAccessOf(request);
    const outcome = isUuid(request.params.userId)
      ? await deleteMemberKeepingAnOwner(db, access.projectId, request.params.userId)
      : 'not_member';
    if (outcome === 'not_member') throw notFound('Member');
    if (outcome === 'last_owner') throw new AppError('last_owner', 'A project must keep at least one owner. Add another owner first.');
    return { ok: true as const, data: {} };
  });
}
