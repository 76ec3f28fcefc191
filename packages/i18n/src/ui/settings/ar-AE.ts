import type { settingsEn } from './en.ts';

/** Regional overrides (ar-AE) for the Settings tab and setup wizard; the base language's file fills the rest. */
export const settingsArAE = {
} satisfies Partial<Record<keyof typeof settingsEn, string>>;
