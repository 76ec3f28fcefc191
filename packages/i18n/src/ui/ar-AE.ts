// UAE: Gulf wording for greetings and empty states (هلا، ما عندك، ما في، للحين), shopping-cart terms (السلال المتروكة، الزيارات), Dubai example; Latin digits as in ar.
import { ar } from './ar.ts';
import type { en } from './en.ts';
import { listsArAE } from './lists/ar-AE.ts';
import { settingsArAE } from './settings/ar-AE.ts';
import { cardsArAE } from './cards/ar-AE.ts';

/** Emirati Arabic UI catalog: Modern Standard Arabic with UAE overrides. */
export const arAE = {
  ...ar,
  'auth.login.title': 'هلا بك من جديد',
  'auth.login.noAccount': 'ما عندك حساب في Run Hub؟ <link>أنشئ حسابًا</link>',
  'auth.signup.haveAccount': 'عندك حساب؟ <link>سجّل دخولك</link>',
  'projects.empty.title': 'ما عندك مشاريع للحين',
  'timeZonePicker.placeholder': 'ابحث، مثلًا: Dubai',
  'apiKeys.empty.title': 'ما عندك مفاتيح API للحين',
  'apiKeys.newKey.done': 'تم، نسخته',
  'metrics.sessions': 'الزيارات',
  'run.alerts.allClear': 'كل شيء تمام: ما في شيء يحتاج انتباهك.',
  'run.actions.none': 'ما في شيء مطلوب منك الحين.',
  'actions.recover_abandoned.title': 'استرجاع السلال المتروكة',
  'run.empty.title': 'ما في بيانات للحين',
  ...listsArAE,
  ...settingsArAE,
  ...cardsArAE,
} satisfies Record<keyof typeof en, string>;
