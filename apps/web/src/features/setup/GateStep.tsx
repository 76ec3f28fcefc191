import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Project } from '@runhub/contracts/accounts';
import type { OverviewPayload } from '@runhub/contracts/kpis';
import type { MessageId } from '../../app/messages.ts';
import { Button } from '../../ui/Button.tsx';
import { cardClasses } from '../../ui/Card.tsx';
import { StatusBadge } from '../settings/StatusBadge.tsx';
import { StripeSetup } from '../settings/stripe/StripeSetup.tsx';
import { StripeStateBadge } from '../settings/stripe/StripeStateBadge.tsx';
import { TrackerSetup } from '../settings/tracking/TrackerSetup.tsx';
import { FormsGate } from './FormsGate.tsx';
import { GATES, gateText, type Gate } from './gates.ts';

// What a check found, said in words (the badge alone changes silently for a screen reader).
const checkResults: Record<Gate, Record<'connected' | 'not_connected' | 'stale', MessageId>> = {
  tracking: { connected: 'setup.check.tracking.connected', not_connected: 'setup.check.tracking.notConnected', stale: 'setup.check.tracking.stale' },
  payments: { connected: 'setup.check.payments.connected', not_connected: 'setup.check.payments.notConnected', stale: 'setup.check.payments.stale' },
  forms: { connected: 'setup.check.forms.connected', not_connected: 'setup.check.forms.notConnected', stale: 'setup.check.forms.notConnected' },
};

interface GateStepProps {
  gate: Gate;
  project: Project;
  status: UseQueryResult<OverviewPayload>;
  onGo: (gate: Gate) => void;
}

export function GateStep({ gate, project, status, onGo }: GateStepProps) {
  const intl = useIntl();
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState(false);
  const state = status.data?.integrations?.[gate] ?? null;
  const index = GATES.indexOf(gate);
  const previous = GATES[index - 1];
  const next = GATES[index + 1];
  const headingId = `setup-gate-${gate}`;

  async function checkAgain() {
    setChecking(true);
    setChecked(false);
    await status.refetch();
    setChecking(false);
    setChecked(true);
  }

  return (
    <section aria-labelledby={headingId} className={cardClasses}>
      <div className="flex flex-col gap-3 border-b border-zinc-100 px-4 py-4 sm:flex-row sm:items-start sm:justify-between sm:px-6 sm:py-5">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <h3 id={headingId} className="text-lg font-semibold text-zinc-900">
              {intl.formatMessage({ id: gateText[gate].title })}
            </h3>
            <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-600">
              {intl.formatMessage({ id: gateText[gate].required ? 'setup.required' : 'setup.optional' })}
            </span>
          </div>
          <p className="mt-1 max-w-xl text-sm text-zinc-600">{intl.formatMessage({ id: gateText[gate].body })}</p>
        </div>
        {state && (
          <div className="shrink-0">
            {gate === 'payments' ? <StripeStateBadge projectId={project.id} state={state} /> : <StatusBadge state={state} />}
          </div>
        )}
      </div>

      <div className="px-4 py-5 sm:px-6">
        {gate === 'tracking' && <TrackerSetup project={project} showUsage={false} />}
        {gate === 'payments' && <StripeSetup project={project} />}
        {gate === 'forms' && <FormsGate project={project} />}
      </div>

      <div className="flex flex-col gap-3 border-t border-zinc-100 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-3">
          <Button variant="secondary" onClick={() => void checkAgain()} pending={checking} className="self-start">
            {intl.formatMessage({ id: checking ? 'setup.checking' : 'setup.checkAgain' })}
          </Button>
          <p role="status" className="text-sm text-zinc-600">
            {checked && !checking && state && intl.formatMessage({ id: checkResults[gate][state] })}
          </p>
        </div>
        <div className="flex gap-2">
          {previous && (
            <Button variant="ghost" onClick={() => onGo(previous)}>
              <svg className="size-4 rtl:rotate-180" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
                <path d="M12.7 5.3a1 1 0 0 1 0 1.4L9.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4l-4-4a1 1 0 0 1 0-1.4l4-4a1 1 0 0 1 1.4 0Z" />
              </svg>
              {intl.formatMessage({ id: 'setup.back' })}
            </Button>
          )}
          {next && (
            <Button variant="secondary" onClick={() => onGo(next)}>
              {intl.formatMessage({ id: 'setup.next' }, { step: intl.formatMessage({ id: gateText[next].title }) })}
              <svg className="size-4 rtl:rotate-180" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
                <path d="M7.3 14.7a1 1 0 0 1 0-1.4l3.3-3.3-3.3-3.3a1 1 0 0 1 1.4-1.4l4 4a1 1 0 0 1 0 1.4l-4 4a1 1 0 0 1-1.4 0Z" />
              </svg>
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
