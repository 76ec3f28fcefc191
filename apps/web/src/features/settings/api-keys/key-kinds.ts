import type { ApiKeyKind } from '@runhub/contracts/accounts';
import type { MessageId } from '../../../app/messages.ts';

/** Keyed by the contract's type, so a new kind fails type-checking until it has words here. */
export const keyKindText: Record<ApiKeyKind, { label: MessageId; description: MessageId }> = {
  public: { label: 'apiKeys.kind.public', description: 'apiKeys.kind.publicDescription' },
  secret: { label: 'apiKeys.kind.secret', description: 'apiKeys.kind.secretDescription' },
};

export const keyKinds = Object.keys(keyKindText) as ApiKeyKind[];
