import type { cardsEn } from './en.ts';

/** Regional overrides (ar-AE) for the Projects page cards (build status, headline KPI, grid/list toggle); the base language's file fills the rest. */
export const cardsArAE = {
} satisfies Partial<Record<keyof typeof cardsEn, string>>;
