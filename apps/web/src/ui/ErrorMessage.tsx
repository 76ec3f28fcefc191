import { FormattedMessage } from 'react-intl';
import { Button } from './Button.tsx';

interface ErrorMessageProps {
  message: string;
  /** Offered when trying again can help (a failed load); left out for form errors. */
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorMessage({ message, onRetry, retrying = false }: ErrorMessageProps) {
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
      <svg className="size-5 shrink-0" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
        <path
          fillRule="evenodd"
          d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm0-12a1 1 0 0 1 1 1v3a1 1 0 1 1-2 0V7a1 1 0 0 1 1-1Zm0 8.5a1.1 1.1 0 1 0 0-2.2 1.1 1.1 0 0 0 0 2.2Z"
          clipRule="evenodd"
        />
      </svg>
      <p className="min-w-0 flex-1">{message}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry} pending={retrying}>
          <FormattedMessage id="common.retry" />
        </Button>
      )}
    </div>
  );
}
