import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Project } from '@runhub/contracts/accounts';
import { Button } from '../../ui/Button.tsx';
import { CreateFormForm } from '../settings/forms/CreateFormForm.tsx';
import { FormList } from '../settings/forms/FormList.tsx';
import { useForms } from '../settings/forms/forms.api.ts';
import { NoAccessNote } from '../settings/NoAccessNote.tsx';
import { canManageProject } from '../settings/permissions.ts';

/** The forms step: the project's forms with their embed code, and a form to create one in place. */
export function FormsGate({ project }: { project: Project }) {
  const intl = useIntl();
  const allowed = canManageProject(project);
  const forms = useForms(project.id);
  const [openFormId, setOpenFormId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const hasForms = (forms.data?.length ?? 0) > 0;
  // With no form yet, creating one is the whole step: the form is simply there.
  const showCreate = allowed && forms.isSuccess && (!hasForms || adding);

  return (
    <div className="flex flex-col gap-6">
      {!allowed && <NoAccessNote>{intl.formatMessage({ id: 'settings.forms.noAccess' })}</NoAccessNote>}
      <FormList projectId={project.id} openFormId={openFormId} onOpenFormChange={setOpenFormId} empty={allowed ? null : undefined} />
      {showCreate ? (
        <div className={hasForms ? 'border-t border-zinc-100 pt-6' : ''}>
          <h4 className="mb-4 text-sm font-semibold text-zinc-900">{intl.formatMessage({ id: 'settings.forms.createTitle' })}</h4>
          <CreateFormForm
            projectId={project.id}
            onCancel={hasForms ? () => setAdding(false) : undefined}
            onCreated={(form) => {
              setAdding(false);
              setOpenFormId(form.formId);
            }}
          />
        </div>
      ) : (
        allowed &&
        hasForms && (
          <Button variant="secondary" className="self-start" onClick={() => setAdding(true)}>
            {intl.formatMessage({ id: 'settings.forms.new' })}
          </Button>
        )
      )}
    </div>
  );
}
