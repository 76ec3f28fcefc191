import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Project } from '@runhub/contracts/accounts';
import { Button } from '../../../ui/Button.tsx';
import { NoAccessNote } from '../NoAccessNote.tsx';
import { canManageProject } from '../permissions.ts';
import { SettingsSection } from '../SettingsSection.tsx';
import { StatusBadge, type IntegrationState } from '../StatusBadge.tsx';
import { CreateFormDialog } from './CreateFormDialog.tsx';
import { FormList } from './FormList.tsx';

export function FormsSection({ project, state }: { project: Project; state: IntegrationState | null }) {
  const intl = useIntl();
  const allowed = canManageProject(project);
  const [creating, setCreating] = useState(false);
  const [openFormId, setOpenFormId] = useState<string | null>(null);
  const newForm = (variant: 'primary' | 'secondary') => (
    <Button variant={variant} onClick={() => setCreating(true)}>
      {intl.formatMessage({ id: 'settings.forms.new' })}
    </Button>
  );

  return (
    <SettingsSection
      section="forms"
      title={intl.formatMessage({ id: 'settings.forms.title' })}
      description={intl.formatMessage({ id: 'settings.forms.description' })}
      aside={
        <div className="flex items-center gap-3">
          {state && <StatusBadge state={state} />}
          {allowed && newForm('secondary')}
        </div>
      }
    >
      <div className="flex flex-col gap-6">
        {!allowed && <NoAccessNote>{intl.formatMessage({ id: 'settings.forms.noAccess' })}</NoAccessNote>}
        <FormList projectId={project.id} openFormId={openFormId} onOpenFormChange={setOpenFormId} empty={allowed ? newForm('primary') : undefined} />
      </div>
      {allowed && <CreateFormDialog projectId={project.id} open={creating} onClose={() => setCreating(false)} onCreated={(form) => setOpenFormId(form.formId)} />}
    </SettingsSection>
  );
}
