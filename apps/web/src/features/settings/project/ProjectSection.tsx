import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Project } from '@runhub/contracts/accounts';
import { industryLabels } from '../../projects/industries.ts';
import { NoAccessNote } from '../NoAccessNote.tsx';
import { canManageProject } from '../permissions.ts';
import { SettingsSection } from '../SettingsSection.tsx';
import { ProjectForm } from './ProjectForm.tsx';

export function ProjectSection({ project }: { project: Project }) {
  const intl = useIntl();
  return (
    <SettingsSection
      section="project"
      title={intl.formatMessage({ id: 'settings.project.title' })}
      description={intl.formatMessage({ id: 'settings.project.description' })}
    >
      {canManageProject(project) ? <ProjectForm project={project} /> : <ProjectFacts project={project} />}
    </SettingsSection>
  );
}

/** What a member sees: the same facts, without controls that the API would refuse. */
function ProjectFacts({ project }: { project: Project }) {
  const intl = useIntl();
  return (
    <div className="flex flex-col gap-5">
      <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
        <Fact label={intl.formatMessage({ id: 'projects.form.name' })}>{project.name}</Fact>
        <Fact label={intl.formatMessage({ id: 'projects.form.industry' })}>{intl.formatMessage({ id: industryLabels[project.industry] })}</Fact>
        <Fact label={intl.formatMessage({ id: 'projects.form.timezone' })}>{project.timezone}</Fact>
        <Fact label={intl.formatMessage({ id: 'projects.form.currency' })}>{project.currency}</Fact>
        <Fact label={intl.formatMessage({ id: 'projects.form.locale' })}>{intl.formatDisplayName(project.locale, { type: 'language' }) ?? project.locale}</Fact>
      </dl>
      <NoAccessNote>{intl.formatMessage({ id: 'settings.project.noAccess' })}</NoAccessNote>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-zinc-500">{label}</dt>
      <dd className="mt-0.5 font-medium text-zinc-900 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}
