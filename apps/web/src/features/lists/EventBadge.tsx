import { useIntl } from 'react-intl';
import { typeLabel, typeTone, type Tone } from './event-labels.ts';

const tones: Record<Tone, { badge: string; dot: string }> = {
  green: { badge: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20', dot: 'bg-emerald-500' },
  red: { badge: 'bg-red-50 text-red-800 ring-red-600/20', dot: 'bg-red-500' },
  amber: { badge: 'bg-amber-50 text-amber-900 ring-amber-600/25', dot: 'bg-amber-500' },
  neutral: { badge: 'bg-zinc-100 text-zinc-700 ring-zinc-500/20', dot: 'bg-zinc-400' },
  accent: { badge: 'bg-accent-50 text-accent-700 ring-accent-600/20', dot: 'bg-accent-500' },
  sky: { badge: 'bg-sky-50 text-sky-800 ring-sky-600/20', dot: 'bg-sky-500' },
};

/** What happened, as a coloured label: the words carry the meaning, the colour only helps scanning. */
export function EventBadge({ eventType }: { eventType: string }) {
  const intl = useIntl();
  const tone = tones[typeTone(eventType)];
  return (
    <span className={`inline-flex max-w-full items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs leading-5 font-medium ring-1 ring-inset ${tone.badge}`}>
      <span className={`size-1.5 shrink-0 rounded-full ${tone.dot}`} aria-hidden="true" />
      <span className="truncate">{intl.formatMessage({ id: typeLabel(eventType) })}</span>
    </span>
  );
}
