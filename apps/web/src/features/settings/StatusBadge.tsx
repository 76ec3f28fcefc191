import { useIntl } from 'react-intl';
import type { Integrations } from '@runhub/contracts/kpis';
import type { MessageId } from '../../app/messages.ts';

export type IntegrationState = Integrations[keyof Integrations];

const looks: Record<IntegrationState, { label: MessageId; badge: string; dot: string }> = {
  connected: { label: 'run.integrations.connected', badge: 'bg-emerald-50 text-emerald-800 ring-emerald-200', dot: 'bg-emerald-500' },
  not_connected: { label: 'run.integrations.notConnected', badge: 'bg-zinc-100 text-zinc-700 ring-zinc-200', dot: 'bg-zinc-400' },
  stale: { label: 'run.integrations.stale', badge: 'bg-amber-50 text-amber-900 ring-amber-200', dot: 'bg-amber-500' },
};

/**
 * A connection's state as the data that arrives says it is: the same words as the Overview's
 * status bar, unless the caller knows a more precise one.
 */
export function StatusBadge({ state, label }: { state: IntegrationState; label?: string }) {
  const intl = useIntl();
  const look = looks[state];
  return (
    <span className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset ${look.badge}`}>
      <span className={`size-1.5 rounded-full ${look.dot}`} aria-hidden="true" />
      {label ?? intl.formatMessage({ id: look.label })}
    </span>
  );
}
