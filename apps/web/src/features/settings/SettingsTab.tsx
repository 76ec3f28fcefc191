import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import type { Project } from '@runhub/contracts/accounts';
import type { MessageId } from '../../app/messages.ts';
import { focusRing } from '../../ui/focus-ring.ts';
import { useOverview } from '../run/run.api.ts';
import { DEFAULT_RANGE } from '../run/run-search.ts';
import { ApiKeysSection } from './api-keys/ApiKeysSection.tsx';
import { FormsSection } from './forms/FormsSection.tsx';
import { MembersSection } from './members/MembersSection.tsx';
import { ProjectSection } from './project/ProjectSection.tsx';
import { readSection, sectionElementId, SETTINGS_SECTIONS, type SettingsSectionId } from './settings-sections.ts';
import { SetupGuideCard } from './SetupGuideCard.tsx';
import { StripeSection } from './stripe/StripeSection.tsx';
import { TrackingSection } from './tracking/TrackingSection.tsx';

const navLabels: Record<SettingsSectionId, MessageId> = {
  project: 'settings.nav.project',
  keys: 'settings.nav.keys',
  tracking: 'settings.nav.tracking',
  stripe: 'settings.nav.stripe',
  forms: 'settings.nav.forms',
  members: 'settings.nav.members',
};

/** Brings a section into view and puts focus on its heading, so keyboard and screen reader users land there too. */
function revealSection(section: SettingsSectionId) {
  const element = document.getElementById(sectionElementId(section));
  if (!element) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  document.getElementById(`${sectionElementId(section)}-heading`)?.focus({ preventScroll: true });
}

/** `?tab=settings&section=…`: the project, its keys and connections, and who works on it. */
export function SettingsTab({ project }: { project: Project }) {
  const intl = useIntl();
  const [searchParams] = useSearchParams();
  const section = readSection(searchParams);
  // The same query as the Overview's default range: connection badges cost no extra request.
  const { data: overview } = useOverview(project.id, DEFAULT_RANGE);
  const integrations = overview?.integrations ?? null;

  useEffect(() => {
    if (section) revealSection(section);
  }, [section]);

  return (
    <div className="lg:grid lg:grid-cols-[11rem_minmax(0,1fr)] lg:gap-10">
      <nav aria-label={intl.formatMessage({ id: 'settings.nav.label' })} className="hidden lg:block">
        <ul className="sticky top-24 flex flex-col gap-0.5">
          {SETTINGS_SECTIONS.map((name) => (
            <li key={name}>
              <Link
                to={`?tab=settings&section=${name}`}
                replace
                aria-current={name === section ? 'location' : undefined}
                onClick={() => revealSection(name)}
                className={`flex min-h-11 items-center rounded-lg px-3 text-sm font-medium ${focusRing} ${
                  name === section ? 'bg-white text-accent-700 shadow-sm ring-1 ring-zinc-200' : 'text-zinc-600 hover:bg-white/70 hover:text-zinc-900'
                }`}
              >
                {intl.formatMessage({ id: navLabels[name] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex min-w-0 flex-col gap-6">
        <SetupGuideCard />
        <ProjectSection project={project} />
        <ApiKeysSection project={project} />
        <TrackingSection project={project} state={integrations?.tracking ?? null} />
        <StripeSection project={project} state={integrations?.payments ?? null} />
        <FormsSection project={project} state={integrations?.forms ?? null} />
        <MembersSection project={project} />
      </div>
    </div>
  );
}
