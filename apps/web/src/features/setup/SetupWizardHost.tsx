import { useCallback, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Project } from '@runhub/contracts/accounts';
import { FullScreenDialog } from './FullScreenDialog.tsx';
import { isSetupDismissed, markSetupDismissed } from './setup-dismissal.ts';
import { useSetupStatus } from './setup-status.api.ts';
import { SetupWizard } from './SetupWizard.tsx';

/**
 * The setup wizard, over whichever tab is showing. It opens by itself on a project's first
 * visits until it is skipped or completed (remembered in this browser), but only while tracking
 * is not connected: a project already sending data is not interrupted. `?setup=open` opens it
 * any time; closing removes that parameter.
 */
export function SetupWizardHost({ project }: { project: Project }) {
  // A fresh controller per project: another project's decision must not carry over.
  return <SetupWizardController key={project.id} project={project} />;
}

type AutoOpen = 'undecided' | 'open' | 'closed';

function SetupWizardController({ project }: { project: Project }) {
  const titleId = useId();
  const descriptionId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('setup') === 'open';
  const [autoOpen, setAutoOpen] = useState<AutoOpen>(() => (isSetupDismissed(project.id) ? 'closed' : 'undecided'));
  const open = requested || autoOpen === 'open';
  const status = useSetupStatus(project.id, { enabled: open || autoOpen === 'undecided', watching: open });

  // Decided once, from the first answer: connecting tracking while the wizard is open must not
  // make it vanish under the person's hands.
  const integrations = status.data?.integrations;
  if (autoOpen === 'undecided' && integrations !== undefined) {
    setAutoOpen(integrations !== null && integrations.tracking !== 'connected' ? 'open' : 'closed');
  }

  const close = useCallback(() => {
    markSetupDismissed(project.id);
    setAutoOpen('closed');
    if (requested) {
      setSearchParams(
        (params) => {
          const next = new URLSearchParams(params);
          next.delete('setup');
          return next;
        },
        { replace: true },
      );
    }
  }, [project.id, requested, setSearchParams]);

  return (
    <FullScreenDialog open={open} onDismiss={close} labelledBy={titleId} describedBy={descriptionId} initialFocus={titleId}>
      <SetupWizard project={project} status={status} titleId={titleId} descriptionId={descriptionId} onSkip={close} onComplete={close} />
    </FullScreenDialog>
  );
}
