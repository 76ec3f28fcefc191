import { useIntl } from 'react-intl';
import type { Project } from '@runhub/contracts/accounts';
import { SettingsSection } from '../SettingsSection.tsx';
import { StatusBadge, type IntegrationState } from '../StatusBadge.tsx';
import { TrackerSetup } from './TrackerSetup.tsx';

export function TrackingSection({ project, state }: { project: Project; state: IntegrationState | null }) {
  const intl = useIntl();
  return (
    <SettingsSection
      section="tracking"
      title={intl.formatMessage({ id: 'settings.tracking.title' })}
      description={intl.formatMessage({ id: 'settings.tracking.description' })}
      aside={state && <StatusBadge state={state} />}
    >
      <TrackerSetup project={project} />
    </SettingsSection>
  );
}
