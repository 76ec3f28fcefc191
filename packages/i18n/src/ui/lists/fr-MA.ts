import type { listsEn } from './en.ts';

/** Regional overrides (fr-MA) for the Transactions and Leads tabs (event lists, filters, jump to date, detail drawer); the base language's file fills the rest. */
export const listsFrMA = {
} satisfies Partial<Record<keyof typeof listsEn, string>>;
