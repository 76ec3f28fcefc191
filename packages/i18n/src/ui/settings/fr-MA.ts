import type { settingsEn } from './en.ts';

/** Regional overrides (fr-MA) for the Settings tab and setup wizard; the base language's file fills the rest. */
export const settingsFrMA = {
} satisfies Partial<Record<keyof typeof settingsEn, string>>;
