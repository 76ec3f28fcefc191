import type { cardsEn } from './en.ts';

/** ar messages for the Projects page cards (build status, headline KPI, grid/list toggle), translated from ./en.ts. Spread into ../ar.ts. */
export const cardsAr = {
  'cards.view.label': 'طريقة عرض المشاريع',
  'cards.view.grid': 'شبكة',
  'cards.view.list': 'قائمة',
  'cards.modified': 'آخر تعديل {time}',
  'cards.modifiedJustNow': 'عُدِّل للتو',
  'cards.kpi.label': '{metric} اليوم',
  'cards.kpi.noData': 'لا توجد بيانات بعد',
  'cards.build.label': 'الموقع',
  'cards.build.queued': 'البناء في قائمة الانتظار',
  'cards.build.building': 'جارٍ البناء…',
  'cards.build.failed': 'فشل البناء',
  'cards.build.live': 'مباشر',
  'cards.build.reportedAt': 'آخر تحديث للحالة {time}',
  'cards.build.newTab': '(يفتح في علامة تبويب جديدة)',
} satisfies Record<keyof typeof cardsEn, string>;
