import type { settingsEn } from './en.ts';

/** Regional overrides (ar-EG) for the Settings tab and setup wizard; the base language's file fills the rest. */
// Eastern Arabic digits in text, as ar-EG formats numbers.
export const settingsArEG = {
  'settings.tracking.description': 'تحصي أداة التتبع الزيارات وخطوات الشراء على موقعك. حجمها نحو ١ كيلوبايت ولا تستخدم ملفات تعريف الارتباط.',
  'settings.stripe.secretHint': 'يبدأ بـ whsec_. لا يعرض Run Hub منه إلا آخر ٤ أحرف.',
  'setup.check.tracking.stale': 'لم يصل شيء خلال آخر ٧ أيام. تأكّد أن الوسم ما زال موجودًا في صفحاتك.',
  'setup.check.payments.stale': 'السر محفوظ، لكن لم يصل أي إشعار Webhook خلال آخر ٣٠ يومًا.',
} satisfies Partial<Record<keyof typeof settingsEn, string>>;
