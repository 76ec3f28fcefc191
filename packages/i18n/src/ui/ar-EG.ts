// Egypt: friendly lines (greetings, empty states, tips) in a lighter Egyptian register; Eastern Arabic digits in text, as ar-EG formats numbers.
import { ar } from './ar.ts';
import type { en } from './en.ts';
import { listsArEG } from './lists/ar-EG.ts';
import { settingsArEG } from './settings/ar-EG.ts';
import { cardsArEG } from './cards/ar-EG.ts';

/** Egyptian Arabic UI catalog: Modern Standard Arabic with Egyptian overrides. */
export const arEG = {
  ...ar,
  'auth.login.title': 'أهلًا بيك من جديد',
  'auth.login.subtitle': 'سجّل دخولك وشوف شغلك ماشي إزاي.',
  'auth.login.noAccount': 'أول مرة على Run Hub؟ <link>اعمل حساب جديد</link>',
  'auth.signup.subtitle': 'حوّل اللي بيحصل على موقعك لقرارات وخطوات عملية.',
  'auth.signup.haveAccount': 'عندك حساب بالفعل؟ <link>سجّل دخولك</link>',
  'projects.empty.title': 'مفيش مشاريع لسه',
  'projects.empty.body': 'اعمل مشروع لنشاطك، وبعدين اربط موقعك علشان تبدأ تشوف اللي بيحصل عليه.',
  'projects.empty.action': 'اعمل أول مشروع',
  'projects.form.timezoneHint': 'الأيام والتقارير بتتحسب على التوقيت ده. اكتب اسم المدينة بالإنجليزي علشان تدوّر.',
  'apiKeys.empty.title': 'مفيش مفاتيح API لسه',
  'apiKeys.empty.body': 'اعمل مفتاح علشان تربط موقعك أو السيرفر بتاعك بالمشروع ده.',
  'apiKeys.newKey.done': 'خلاص، نسخته',
  'run.range.last7': 'آخر ٧ أيام',
  'run.range.last30': 'آخر ٣٠ يومًا',
  'run.alerts.allClear': 'كله تمام: مفيش حاجة محتاجة انتباهك.',
  'alerts.paymentFailures': '{count, plural, zero {لم تفشل أي عملية دفع} one {فشلت عملية دفع واحدة} two {فشلت عمليتا دفع} few {فشلت # عمليات دفع} many {فشلت # عملية دفع} other {فشلت # عملية دفع}} خلال آخر ٢٤ ساعة',
  'alerts.checkoutIssues': 'بدأت {checkouts, plural, one {عملية شراء واحدة} two {عمليتا شراء} few {# عمليات شراء} many {# عملية شراء} other {# عملية شراء}} خلال آخر ٢٤ ساعة، لكن {orders, plural, =0 {لم تُدفع أي منها} one {دُفعت واحدة فقط} two {دُفعت اثنتان فقط} few {دُفعت # فقط} many {دُفعت # فقط} other {دُفعت # فقط}}: قد تكون عمليات الدفع متعثرة',
  'run.actions.none': 'مفيش حاجة محتاج تعملها دلوقتي.',
  'actions.reasons.NO_LEADS': 'لا يوجد عملاء محتملون خلال آخر ٣٠ يومًا.',
  'actions.reasons.NO_BOOKINGS': 'لا توجد طلبات حجز خلال آخر ٣٠ يومًا.',
  'actions.reasons.NO_CHECKOUTS': 'لا توجد عمليات شراء خلال آخر ٣٠ يومًا.',
  'actions.reasons.NO_RECIPIENTS': 'لا توجد عناوين بريد إلكتروني لعملاء خلال آخر ٣٠ يومًا.',
  'run.empty.title': 'مفيش بيانات لسه',
  'run.empty.body': 'اربط موقعك وأرقامك هتظهر هنا بعد ثواني من أول حدث.',
  'run.empty.stepsLabel': 'تربط إيه الأول',
  ...listsArEG,
  ...settingsArEG,
  ...cardsArEG,
} satisfies Record<keyof typeof en, string>;
