import type { listsEn } from './en.ts';

/** Regional overrides (ar-AE) for the Transactions and Leads tabs (event lists, filters, jump to date, detail drawer); the base language's file fills the rest. */
export const listsArAE = {
} satisfies Partial<Record<keyof typeof listsEn, string>>;
