import { useIntl } from 'react-intl';
import { modifiedAge } from './modified-age.ts';

/** "Modified 3 days ago" (ICU relative time in the active locale); the exact time on hover. */
export function ModifiedAt({ updatedAt, now, className = '' }: { updatedAt: string; now: number; className?: string }) {
  const intl = useIntl();
  const age = modifiedAge(updatedAt, now);
  const text =
    age.unit === 'now'
      ? intl.formatMessage({ id: 'cards.modifiedJustNow' })
      : intl.formatMessage({ id: 'cards.modified' }, { time: intl.formatRelativeTime(-age.value, age.unit, { numeric: 'auto' }) });
  return (
    <time dateTime={updatedAt} title={intl.formatDate(updatedAt, { dateStyle: 'medium', timeStyle: 'short' })} className={className}>
      {text}
    </time>
  );
}
