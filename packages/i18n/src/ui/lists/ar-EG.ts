import type { listsEn } from './en.ts';

/** Regional overrides (ar-EG) for the Transactions and Leads tabs (event lists, filters, jump to date, detail drawer); the base language's file fills the rest. */
export const listsArEG = {
  'lists.empty.datesBody': 'جرّب يوم تاني، أو اعرض كل التواريخ.',
  'lists.empty.transactions.failedBody': 'لما عملية دفع تفشل، هتظهر هنا مع العميل والمبلغ.',
  'lists.empty.transactions.pendingBody': 'لما عميل يبدأ عملية شراء هتظهر هنا، علشان تتابع اللي مادفعش.',
  'lists.empty.leads.recentBody': 'العملاء المحتملين اللي جايين من النماذج وطلبات الحجز هيظهروا هنا أول ما يوصلوا.',
  'lists.empty.leads.bookingRequestedBody': 'لما عميل يطلب حجز، الطلب هيظهر هنا مع إيميله.',
} satisfies Partial<Record<keyof typeof listsEn, string>>;
