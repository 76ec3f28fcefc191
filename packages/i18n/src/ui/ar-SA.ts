// Saudi Arabia: Gulf wording for greetings and empty states (حيّاك، ما فيه، للحين), Saudi e-commerce terms (السلات المتروكة، الزيارات), Riyadh example, Eastern Arabic digits in text as ar-SA formats numbers.
import { ar } from './ar.ts';
import type { en } from './en.ts';
import { listsArSA } from './lists/ar-SA.ts';
import { settingsArSA } from './settings/ar-SA.ts';
import { cardsArSA } from './cards/ar-SA.ts';

/** Saudi Arabic UI catalog: Modern Standard Arabic with Saudi overrides. */
export const arSA = {
  ...ar,
  'auth.login.title': 'حيّاك الله من جديد',
  'auth.login.noAccount': 'ما عندك حساب في Run Hub؟ <link>أنشئ حسابًا</link>',
  'auth.signup.haveAccount': 'عندك حساب؟ <link>سجّل دخولك</link>',
  'projects.empty.title': 'ما فيه مشاريع للحين',
  'timeZonePicker.placeholder': 'ابحث، مثلًا: Riyadh',
  'apiKeys.empty.title': 'ما فيه مفاتيح API للحين',
  'apiKeys.newKey.done': 'تم، نسخته',
  'run.range.last7': 'آخر ٧ أيام',
  'run.range.last30': 'آخر ٣٠ يومًا',
  'metrics.sessions': 'الزيارات',
  'run.alerts.allClear': 'كل شيء تمام: ما فيه شيء يحتاج انتباهك.',
  'alerts.paymentFailures': '{count, plural, zero {لم تفشل أي عملية دفع} one {فشلت عملية دفع واحدة} two {فشلت عمليتا دفع} few {فشلت # عمليات دفع} many {فشلت # عملية دفع} other {فشلت # عملية دفع}} خلال آخر ٢٤ ساعة',
  'alerts.checkoutIssues': 'بدأت {checkouts, plural, one {عملية شراء واحدة} two {عمليتا شراء} few {# عمليات شراء} many {# عملية شراء} other {# عملية شراء}} خلال آخر ٢٤ ساعة، لكن {orders, plural, =0 {لم تُدفع أي منها} one {دُفعت واحدة فقط} two {دُفعت اثنتان فقط} few {دُفعت # فقط} many {دُفعت # فقط} other {دُفعت # فقط}}: قد تكون عمليات الدفع متعثرة',
  'run.actions.none': 'ما فيه شيء تسويه حاليًا.',
  'actions.recover_abandoned.title': 'استرجاع السلات المتروكة',
  'actions.reasons.NO_LEADS': 'لا يوجد عملاء محتملون خلال آخر ٣٠ يومًا.',
  'actions.reasons.NO_BOOKINGS': 'لا توجد طلبات حجز خلال آخر ٣٠ يومًا.',
  'actions.reasons.NO_CHECKOUTS': 'لا توجد عمليات شراء خلال آخر ٣٠ يومًا.',
  'actions.reasons.NO_RECIPIENTS': 'لا توجد عناوين بريد إلكتروني لعملاء خلال آخر ٣٠ يومًا.',
  'run.empty.title': 'ما فيه بيانات للحين',
  ...listsArSA,
  ...settingsArSA,
  ...cardsArSA,
} satisfies Record<keyof typeof en, string>;
