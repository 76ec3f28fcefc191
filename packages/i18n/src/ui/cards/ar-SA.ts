import type { cardsEn } from './en.ts';

/** Regional overrides (ar-SA) for the Projects page cards (build status, headline KPI, grid/list toggle); the base language's file fills the rest. */
export const cardsArSA = {
} satisfies Partial<Record<keyof typeof cardsEn, string>>;
