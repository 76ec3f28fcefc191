import type { Role } from '@runhub/contracts/accounts';
import type { MessageId } from '../../../app/messages.ts';

/** Keyed by the contract's type, so a new role fails type-checking until it has words here. */
export const roleText: Record<Role, { label: MessageId; description: MessageId }> = {
  member: { label: 'settings.members.role.member', description: 'settings.members.role.memberDescription' },
  admin: { label: 'settings.members.role.admin', description: 'settings.members.role.adminDescription' },
  owner: { label: 'settings.members.role.owner', description: 'settings.members.role.ownerDescription' },
};

export const roles = Object.keys(roleText) as Role[];
