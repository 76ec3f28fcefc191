/** The Settings tab's sections, addressable as `?tab=settings&section=<id>`. Pure. */
export const SETTINGS_SECTIONS = ['project', 'keys', 'tracking', 'stripe', 'forms', 'members'] as const;
export type SettingsSectionId = (typeof SETTINGS_SECTIONS)[number];

export function readSection(params: URLSearchParams): SettingsSectionId | null {
  const name = params.get('section');
  return (SETTINGS_SECTIONS as readonly string[]).includes(name ?? '') ? (name as SettingsSectionId) : null;
}

/** The element id a section carries, so `#settings-stripe` and the section links agree. */
export const sectionElementId = (section: SettingsSectionId) => `settings-${section}`;
