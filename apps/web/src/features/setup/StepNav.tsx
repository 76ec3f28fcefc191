import { useIntl } from 'react-intl';
import type { Integrations } from '@runhub/contracts/kpis';
import type { MessageId } from '../../app/messages.ts';
import { focusRing } from '../../ui/focus-ring.ts';
import { GATES, gateText, type Gate } from './gates.ts';

const stateLabels: Record<Integrations[Gate], MessageId> = {
  connected: 'run.integrations.connected',
  not_connected: 'run.integrations.notConnected',
  stale: 'run.integrations.stale',
};

interface StepNavProps {
  current: Gate;
  integrations: Integrations | null;
  loading: boolean;
  onSelect: (gate: Gate) => void;
}

/** The three steps, each with its state; any step can be opened, in any order. */
export function StepNav({ current, integrations, loading, onSelect }: StepNavProps) {
  const intl = useIntl();
  return (
    <nav aria-label={intl.formatMessage({ id: 'setup.stepsLabel' })}>
      <ol className="grid grid-cols-3 gap-2 sm:gap-3">
        {GATES.map((gate, index) => {
          const state = integrations?.[gate];
          const active = gate === current;
          const title = intl.formatMessage({ id: gateText[gate].title });
          const need = intl.formatMessage({ id: gateText[gate].required ? 'setup.required' : 'setup.optional' });
          return (
            <li key={gate} className="min-w-0">
              <button
                type="button"
                aria-current={active ? 'step' : undefined}
                onClick={() => onSelect(gate)}
                className={`flex h-full min-h-11 w-full flex-col items-start gap-1 rounded-xl border px-3 py-2.5 text-start transition-colors sm:flex-row sm:items-center sm:gap-3 sm:px-4 sm:py-3 ${focusRing} ${
                  active ? 'border-accent-600 bg-white shadow-sm ring-1 ring-accent-600' : 'border-zinc-200 bg-white/60 hover:border-zinc-300 hover:bg-white'
                }`}
              >
                <StepMark index={index} state={state} active={active} />
                <span className="min-w-0">
                  <span className="block truncate text-sm font-semibold text-zinc-900">{title}</span>
                  <span className="block truncate text-xs text-zinc-500">
                    {need}
                    {!loading && state && <span className="sr-only">, {intl.formatMessage({ id: stateLabels[state] })}</span>}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function StepMark({ index, state, active }: { index: number; state: Integrations[Gate] | undefined; active: boolean }) {
  if (state === 'connected') {
    return (
      <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-emerald-600 text-white" aria-hidden="true">
        <svg className="size-4" viewBox="0 0 20 20" fill="currentColor">
          <path fillRule="evenodd" d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z" clipRule="evenodd" />
        </svg>
      </span>
    );
  }
  return (
    <span
      className={`flex size-7 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${
        active ? 'bg-accent-600 text-white' : state === 'stale' ? 'bg-amber-100 text-amber-900' : 'bg-zinc-100 text-zinc-600'
      }`}
      aria-hidden="true"
    >
      {index + 1}
    </span>
  );
}
