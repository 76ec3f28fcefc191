import type { ReactNode } from 'react';
import { cardClasses } from '../../ui/Card.tsx';
import { focusRing } from '../../ui/focus-ring.ts';
import { sectionElementId, type SettingsSectionId } from './settings-sections.ts';

interface SettingsSectionProps {
  section: SettingsSectionId;
  title: ReactNode;
  description?: ReactNode;
  /** Beside the title: a status badge or the section's main button. */
  aside?: ReactNode;
  children: ReactNode;
}

/**
 * One card of the Settings tab. The heading can take focus (tabIndex -1), so a deep link such
 * as `&section=stripe` lands a keyboard or screen reader user on it, not only the eye.
 */
export function SettingsSection({ section, title, description, aside, children }: SettingsSectionProps) {
  const id = sectionElementId(section);
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={`${cardClasses} scroll-mt-24`}>
      <div className="flex flex-col gap-3 border-b border-zinc-100 px-4 py-4 sm:flex-row sm:items-start sm:justify-between sm:px-6 sm:py-5">
        <div className="min-w-0 max-w-2xl">
          <h2 id={`${id}-heading`} tabIndex={-1} className={`rounded text-lg font-semibold text-zinc-900 ${focusRing}`}>
            {title}
          </h2>
          {description && <p className="mt-1 text-sm text-zinc-600">{description}</p>}
        </div>
        {aside && <div className="shrink-0">{aside}</div>}
      </div>
      <div className="px-4 py-5 sm:px-6">{children}</div>
    </section>
  );
}
