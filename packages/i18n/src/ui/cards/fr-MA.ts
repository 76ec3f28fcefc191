import type { cardsEn } from './en.ts';

/** Regional overrides (fr-MA) for the Projects page cards (build status, headline KPI, grid/list toggle); the base language's file fills the rest. */
export const cardsFrMA = {
} satisfies Partial<Record<keyof typeof cardsEn, string>>;
