import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { Button } from '../../ui/Button.tsx';

/** The way back into the setup wizard once it was skipped or completed (it opens on `?setup=open`). */
export function SetupGuideCard() {
  const intl = useIntl();
  const [, setSearchParams] = useSearchParams();

  function openWizard() {
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      next.set('setup', 'open');
      return next;
    });
  }

  return (
    <div className="flex flex-col gap-4 rounded-xl border border-accent-100 bg-accent-50/60 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
      <div className="flex items-start gap-3">
        <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-white text-accent-600 shadow-sm ring-1 ring-accent-100" aria-hidden="true">
          <svg className="size-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
            <path d="M9 11.5 11 13.5 15.5 9" />
            <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" />
          </svg>
        </span>
        <div>
          <h2 className="text-sm font-semibold text-zinc-900">{intl.formatMessage({ id: 'settings.setupGuide.title' })}</h2>
          <p className="mt-0.5 text-sm text-zinc-600">{intl.formatMessage({ id: 'settings.setupGuide.body' })}</p>
        </div>
      </div>
      <Button variant="secondary" className="shrink-0" onClick={openWizard}>
        {intl.formatMessage({ id: 'settings.setupGuide.action' })}
      </Button>
    </div>
  );
}
