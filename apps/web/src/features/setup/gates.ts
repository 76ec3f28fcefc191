import type { Integrations } from '@runhub/contracts/kpis';
import type { MessageId } from '../../app/messages.ts';

export type Gate = keyof Integrations;

/** The wizard's steps, in order. Only tracking is required: without it there are no numbers at all. */
export const GATES = ['tracking', 'payments', 'forms'] as const satisfies readonly Gate[];

export const gateText: Record<Gate, { title: MessageId; body: MessageId; required: boolean }> = {
  tracking: { title: 'setup.gate.tracking.title', body: 'setup.gate.tracking.body', required: true },
  payments: { title: 'setup.gate.payments.title', body: 'setup.gate.payments.body', required: false },
  forms: { title: 'setup.gate.forms.title', body: 'setup.gate.forms.body', required: false },
};

/** Where to start: the first step not yet connected (all connected: the first). */
export function firstOpenGate(integrations: Integrations | null | undefined): Gate {
  return GATES.find((gate) => integrations?.[gate] !== 'connected') ?? 'tracking';
}

export function countConnected(integrations: Integrations | null | undefined): number {
  return GATES.filter((gate) => integrations?.[gate] === 'connected').length;
}
