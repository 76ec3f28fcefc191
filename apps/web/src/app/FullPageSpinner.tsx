import { useIntl } from 'react-intl';
import { Spinner } from '../ui/Spinner.tsx';

/** Shown for the moment it takes to learn whether there is a session. */
export function FullPageSpinner() {
  const intl = useIntl();
  return (
    <div className="flex min-h-dvh items-center justify-center text-zinc-400">
      <Spinner label={intl.formatMessage({ id: 'common.loading' })} />
    </div>
  );
}
