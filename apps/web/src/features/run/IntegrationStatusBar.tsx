import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Integrations } from '@runhub/contracts/kpis';
import type { MessageId } from '../../app/messages.ts';
import { cardClasses } from '../../ui/Card.tsx';
import { focusRing } from '../../ui/focus-ring.ts';
import { appPathFor } from './app-targets.ts';

const names: Record<keyof Integrations, MessageId> = {
  tracking: 'run.integrations.tracking',
  payments: 'run.integrations.payments',
  forms: 'run.integrations.forms',
};

type State = Integrations[keyof Integrations];

const states: Record<State, { label: MessageId; dot: string }> = {
  connected: { label: 'run.integrations.connected', dot: 'bg-emerald-500' },
  not_connected: { label: 'run.integrations.notConnected', dot: 'bg-zinc-300' },
  stale: { label: 'run.integrations.stale', dot: 'bg-amber-500' },
};

/** Tracking, payments and forms, as the data that arrives says they are; null when that part failed. */
export function IntegrationStatusBar({ projectId, integrations }: { projectId: string; integrations: Integrations | null }) {
  const intl = useIntl();
  const headingId = useId();
  // API keys connect all three for now, and they live on the project page.
  const fixPath = appPathFor(projectId, 'setup');

  return (
    <section aria-labelledby={headingId} className={`${cardClasses} flex flex-col gap-2 px-4 py-2 sm:flex-row sm:items-center sm:gap-6`}>
      <h2 id={headingId} className="py-2 text-sm font-semibold text-zinc-900">
        {intl.formatMessage({ id: 'run.integrations.heading' })}
      </h2>
      {integrations === null ? (
        <p className="py-2 text-sm text-zinc-600">{intl.formatMessage({ id: 'run.integrations.unavailable' })}</p>
      ) : (
        <ul className="flex flex-col sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-6">
          {(Object.keys(names) as (keyof Integrations)[]).map((integration) => {
            const state = integrations[integration];
            const name = intl.formatMessage({ id: names[integration] });
            const fix = state === 'connected' || !fixPath ? null : state === 'stale' ? 'check' : 'connect';
            return (
              <li key={integration} className="flex min-h-11 items-center gap-2 text-sm">
                <span className={`size-2 shrink-0 rounded-full ${states[state].dot}`} aria-hidden="true" />
                <span className="font-medium text-zinc-800">{name}</span>
                <span className="text-zinc-500">{intl.formatMessage({ id: states[state].label })}</span>
                {fix && fixPath && (
                  <Link
                    to={fixPath}
                    aria-label={intl.formatMessage({ id: fix === 'check' ? 'run.integrations.checkLabel' : 'run.integrations.connectLabel' }, { integration: name })}
                    className={`-my-1 inline-flex min-h-11 items-center rounded-lg px-2 font-medium text-accent-700 hover:text-accent-600 hover:underline ${focusRing}`}
                  >
                    {intl.formatMessage({ id: fix === 'check' ? 'run.integrations.check' : 'run.integrations.connect' })}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
