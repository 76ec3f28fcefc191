import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Project } from '@runhub/contracts/accounts';
import type { Integrations, OverviewPayload } from '@runhub/contracts/kpis';
import { useDescribeError } from '../../app/describe-error.ts';
import { Logo } from '../../app/Logo.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { countConnected, firstOpenGate, GATES, type Gate } from './gates.ts';
import { GateStep } from './GateStep.tsx';
import { StepNav } from './StepNav.tsx';

interface SetupWizardProps {
  project: Project;
  status: UseQueryResult<OverviewPayload>;
  titleId: string;
  descriptionId: string;
  onSkip: () => void;
  onComplete: () => void;
}

/** The wizard's content: progress, the three steps, and the way out (skip, or done once tracking works). */
export function SetupWizard({ project, status, titleId, descriptionId, onSkip, onComplete }: SetupWizardProps) {
  const intl = useIntl();
  const describeError = useDescribeError();
  const hintId = useId();
  const integrations: Integrations | null = status.data?.integrations ?? null;
  // Starts on the first step still to do; from then on the person moves freely.
  const [gate, setGate] = useState<Gate>(() => firstOpenGate(integrations));
  const done = countConnected(integrations);
  const trackingConnected = integrations?.tracking === 'connected';

  return (
    <div className="flex h-full flex-col">
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex w-full max-w-3xl items-start justify-between gap-4 px-4 pt-4 sm:px-6 sm:pt-6">
          <div className="min-w-0">
            <p className="flex items-center gap-2 text-sm font-medium text-accent-700">
              <Logo />
              {intl.formatMessage({ id: 'setup.eyebrow' })}
            </p>
            <h2 id={titleId} tabIndex={-1} className="mt-2 text-xl font-semibold tracking-tight text-zinc-900 outline-none [overflow-wrap:anywhere] sm:text-2xl">
              {intl.formatMessage({ id: 'setup.title' }, { name: project.name })}
            </h2>
            <p id={descriptionId} className="mt-1 text-sm text-zinc-600">
              {intl.formatMessage({ id: 'setup.description' })}
            </p>
          </div>
        </div>
        <div className="mx-auto w-full max-w-3xl px-4 pb-4 pt-4 sm:px-6">
          <Progress done={done} total={GATES.length} loading={status.isPending} />
        </div>
      </header>

      <div className="flex-1 overflow-y-auto">
        <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-6 sm:px-6">
          {status.isError && (
            <ErrorMessage message={describeError(status.error)} onRetry={() => void status.refetch()} retrying={status.isFetching} />
          )}
          <StepNav current={gate} integrations={integrations} loading={status.isPending} onSelect={setGate} />
          {status.isPending ? (
            <Skeleton className="h-96 rounded-xl" />
          ) : (
            <GateStep key={gate} gate={gate} project={project} status={status} onGo={setGate} />
          )}
        </div>
      </div>

      <footer className="border-t border-zinc-200 bg-white">
        <div className="mx-auto flex w-full max-w-3xl flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-6 sm:px-6">
          <p id={hintId} className="min-w-0 text-xs text-zinc-600 sm:flex-1 sm:text-sm">
            {intl.formatMessage({ id: trackingConnected ? 'setup.completeReady' : 'setup.completeHint' })}
          </p>
          {/* One row when it fits; on a narrow phone the main button wraps below, under the thumb. */}
          <div className="flex flex-wrap items-center gap-2 sm:shrink-0 sm:flex-nowrap">
            <Button variant="ghost" onClick={onSkip} className="whitespace-nowrap">
              {intl.formatMessage({ id: 'setup.skip' })}
            </Button>
            <Button onClick={onComplete} disabled={!trackingConnected} aria-describedby={hintId} className="flex-1 whitespace-nowrap sm:flex-none">
              {intl.formatMessage({ id: 'setup.complete' })}
            </Button>
          </div>
        </div>
      </footer>
    </div>
  );
}

function Progress({ done, total, loading }: { done: number; total: number; loading: boolean }) {
  const intl = useIntl();
  const text = intl.formatMessage({ id: 'setup.progress' }, { done, total });
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={intl.formatMessage({ id: 'setup.progressLabel' })}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={loading ? undefined : done}
        aria-valuetext={loading ? undefined : text}
        className="h-2 flex-1 overflow-hidden rounded-full bg-zinc-100"
      >
        <div className="h-full rounded-full bg-accent-600 transition-[width] duration-500" style={{ width: `${loading ? 0 : (done / total) * 100}%` }} />
      </div>
      <p className="min-w-24 shrink-0 text-end text-sm font-medium text-zinc-700 tabular-nums" aria-hidden="true">
        {loading ? '' : text}
      </p>
    </div>
  );
}
