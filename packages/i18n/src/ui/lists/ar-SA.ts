import type { listsEn } from './en.ts';

/** Regional overrides (ar-SA) for the Transactions and Leads tabs (event lists, filters, jump to date, detail drawer); the base language's file fills the rest. */
export const listsArSA = {
  'lists.empty.transactions.pendingBody': 'إذا بدأ عميل عملية شراء تظهر هنا، عشان تتابع اللي ما انْدفعت للحين.',
} satisfies Partial<Record<keyof typeof listsEn, string>>;
