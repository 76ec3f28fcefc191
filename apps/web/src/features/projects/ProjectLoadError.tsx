import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { useDescribeError } from '../../app/describe-error.ts';
import { buttonClasses } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';

// Missing and forbidden read the same (the API hides projects you cannot see), and retrying will not help.
function isMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 403);
}

/** What a page shows when its project could not be loaded: not found, or an error with Retry. */
export function ProjectLoadError({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying: boolean }) {
  const describeError = useDescribeError();
  if (!isMissing(error)) return <ErrorMessage message={describeError(error)} onRetry={onRetry} retrying={retrying} />;
  return (
    <EmptyState
      title={<FormattedMessage id="project.notFound.title" />}
      body={<FormattedMessage id="project.notFound.body" />}
      action={
        <Link to="/projects" className={buttonClasses('secondary')}>
          <FormattedMessage id="project.back" />
        </Link>
      }
    />
  );
}
