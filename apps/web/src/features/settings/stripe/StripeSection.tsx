import { useIntl } from 'react-intl';
import type { Project } from '@runhub/contracts/accounts';
import { SettingsSection } from '../SettingsSection.tsx';
import type { IntegrationState } from '../StatusBadge.tsx';
import { StripeStateBadge } from './StripeStateBadge.tsx';
import { StripeSetup } from './StripeSetup.tsx';

export function StripeSection({ project, state }: { project: Project; state: IntegrationState | null }) {
  const intl = useIntl();
  return (
    <SettingsSection
      section="stripe"
      title={intl.formatMessage({ id: 'settings.stripe.title' })}
      description={intl.formatMessage({ id: 'settings.stripe.description' })}
      aside={state && <StripeStateBadge projectId={project.id} state={state} />}
    >
      <StripeSetup project={project} />
    </SettingsSection>
  );
}
