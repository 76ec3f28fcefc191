import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { buttonClasses } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { appPathFor } from './app-targets.ts';

/** A project that never had an event: what to connect first, instead of a page of zeros. */
export function OverviewEmptyState({ projectId }: { projectId: string }) {
  const intl = useIntl();
  return (
    <EmptyState
      title={intl.formatMessage({ id: 'run.empty.title' })}
      body={intl.formatMessage({ id: 'run.empty.body' })}
      action={
        <div className="flex flex-col items-center gap-6">
          <ol
            aria-label={intl.formatMessage({ id: 'run.empty.stepsLabel' })}
            className="flex max-w-md list-decimal flex-col gap-2 ps-5 text-start text-sm text-zinc-700">
            <li>{intl.formatMessage({ id: 'run.empty.stepTracker' })}</li>
            <li>{intl.formatMessage({ id: 'run.empty.stepServer' })}</li>
          </ol>
          <div className="flex flex-col items-stretch gap-3 sm:flex-row sm:items-center">
            {/* The setup wizard walks through tracking, payments and forms; Settings holds the keys. */}
            <Link to={appPathFor(projectId, 'setup') ?? '?setup=open'} className={buttonClasses('primary')}>
              {intl.formatMessage({ id: 'setup.relaunch' })}
            </Link>
            <Link to={appPathFor(projectId, 'settings?section=keys') ?? '?tab=settings'} className={buttonClasses('secondary')}>
              {intl.formatMessage({ id: 'run.empty.action' })}
            </Link>
          </div>
        </div>
      }
    />
  );
}
