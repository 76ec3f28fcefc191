import { useIntl } from 'react-intl';
import { ageOf } from '../run/freshness.ts';
import { useNow } from '../run/use-now.ts';

/** "3 minutes ago", with the exact date and time on hover; keeps counting while the page is open. */
export function RelativeTime({ iso }: { iso: string }) {
  const intl = useIntl();
  const now = useNow();
  const age = ageOf(iso, now);
  const text = age.unit === 'now' ? intl.formatMessage({ id: 'settings.time.justNow' }) : intl.formatRelativeTime(-age.value, age.unit);
  return (
    <time dateTime={iso} title={intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' })}>
      {text}
    </time>
  );
}
