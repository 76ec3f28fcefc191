import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Form } from '@runhub/contracts/sources';
import { useDescribeError } from '../../../app/describe-error.ts';
import { Button } from '../../../ui/Button.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { Skeleton } from '../../../ui/Skeleton.tsx';
import { CodeSnippet } from '../CodeSnippet.tsx';
import { RelativeTime } from '../RelativeTime.tsx';
import { SectionEmpty } from '../SectionEmpty.tsx';
import { formEmbedSnippet } from './form-snippet.ts';
import { useForms } from './forms.api.ts';

interface FormListProps {
  projectId: string;
  /** The form whose embed code is open (a new one opens by itself), or null. */
  openFormId: string | null;
  onOpenFormChange: (formId: string | null) => void;
  /** What an empty list offers (a create button); null to show nothing at all when empty. */
  empty: ReactNode | null;
}

export function FormList({ projectId, openFormId, onOpenFormChange, empty }: FormListProps) {
  const intl = useIntl();
  const forms = useForms(projectId);
  const describeError = useDescribeError();

  if (forms.isPending) {
    return (
      <div className="flex flex-col gap-4" aria-hidden="true">
        <Skeleton className="h-14 rounded-lg" />
        <Skeleton className="h-14 rounded-lg" />
      </div>
    );
  }
  if (forms.isError) {
    return <ErrorMessage message={describeError(forms.error)} onRetry={() => void forms.refetch()} retrying={forms.isFetching} />;
  }
  if (forms.data.length === 0) {
    return empty === null ? null : (
      <SectionEmpty title={intl.formatMessage({ id: 'settings.forms.emptyTitle' })} body={intl.formatMessage({ id: 'settings.forms.emptyBody' })} action={empty} />
    );
  }
  return (
    <ul aria-label={intl.formatMessage({ id: 'settings.forms.listLabel' })} className="-my-3 divide-y divide-zinc-100">
      {forms.data.map((form) => (
        <FormRow key={form.formId} form={form} open={form.formId === openFormId} onToggle={(open) => onOpenFormChange(open ? form.formId : null)} />
      ))}
    </ul>
  );
}

function FormRow({ form, open, onToggle }: { form: Form; open: boolean; onToggle: (open: boolean) => void }) {
  const intl = useIntl();
  const embedId = `form-embed-${form.formId}`;
  return (
    <li className="py-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-6">
        <div className="min-w-0 flex-1">
          <p className="font-medium text-zinc-900 [overflow-wrap:anywhere]">{form.name}</p>
          <p className="mt-0.5 flex flex-wrap gap-x-4 gap-y-0.5 text-sm text-zinc-500">
            <span>{intl.formatMessage({ id: 'settings.forms.submissions' }, { count: form.submissionCount })}</span>
            {form.lastSubmissionAt && (
              <span>
                <FormattedMessage id="settings.forms.lastSubmission" values={{ time: <RelativeTime iso={form.lastSubmissionAt} /> }} />
              </span>
            )}
          </p>
        </div>
        <Button
          variant="ghost"
          className="-ms-2 self-start sm:ms-0 sm:self-center"
          aria-expanded={open}
          aria-controls={embedId}
          aria-label={intl.formatMessage({ id: 'settings.forms.embedToggleLabel' }, { name: form.name })}
          onClick={() => onToggle(!open)}
        >
          {intl.formatMessage({ id: 'settings.forms.embedToggle' })}
          <svg className={`size-4 text-zinc-500 transition-transform ${open ? 'rotate-180' : ''}`} viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
            <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
          </svg>
        </Button>
      </div>
      <div id={embedId} hidden={!open} className="mt-3">
        {open && <FormEmbed form={form} />}
      </div>
    </li>
  );
}

export function FormEmbed({ form }: { form: Form }) {
  const intl = useIntl();
  const code = formEmbedSnippet(window.location.origin, form, intl.formatMessage({ id: 'settings.forms.snippetSubmit' }));
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-zinc-600">{intl.formatMessage({ id: 'settings.forms.embedIntro' })}</p>
      <CodeSnippet label={intl.formatMessage({ id: 'settings.forms.embedLabel' }, { name: form.name })} code={code} />
    </div>
  );
}
