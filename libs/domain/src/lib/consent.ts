import type { UiLanguage } from './languages';

/**
 * The consent a candidate gives to have a profile that employers can find. The version is recorded
 * with every consent; a new wording gets a new version and asks the candidate again.
 */
export interface ConsentText {
  version: string;
  title: Record<UiLanguage, string>;
  body: Record<UiLanguage, string>;
}

export const SEARCHABLE_PROFILE_CONSENT: ConsentText = {
  version: '2026-11-searchable-profile-v1',
  title: {
    de: 'Einwilligung: Mein Profil dürfen Arbeitgeber finden',
    en: 'Consent: employers may find my profile',
    ar: 'الموافقة: يمكن لأصحاب العمل العثور على ملفي',
    fa: 'رضایت: کارفرمایان می‌توانند پروفایل مرا پیدا کنند',
    uk: 'Згода: роботодавці можуть знайти мій профіль',
  },
  body: {
    de:
      'Ich bin einverstanden, dass Arbeitgeber im Rems-Murr-Kreis mein Kompetenzprofil ohne meinen Namen und ohne meine Kontaktdaten sehen. ' +
      'Meinen Namen und meine Kontaktdaten bekommt ein Arbeitgeber nur, wenn ich einer Kontaktanfrage zustimme. ' +
      'Jeder Blick auf meine Daten wird aufgeschrieben, und ich kann sehen, wer sie gelesen hat. ' +
      'Ich kann diese Einwilligung jederzeit zurücknehmen. Dann sehen Arbeitgeber mein Profil sofort nicht mehr.',
    en:
      'I agree that employers in the Rems-Murr-Kreis may see my competence profile without my name and without my contact details. ' +
      'An employer only gets my name and contact details if I accept a contact request. ' +
      'Every look at my data is recorded, and I can see who read it. ' +
      'I can take back this consent at any time. Then employers no longer see my profile, at once.',
    ar:
      'أوافق على أن يرى أصحاب العمل في منطقة رمس-مور ملف كفاءاتي بدون اسمي وبدون بيانات الاتصال الخاصة بي. ' +
      'لا يحصل صاحب العمل على اسمي وبيانات الاتصال إلا إذا قبلتُ طلب تواصل. ' +
      'يُسجَّل كل اطلاع على بياناتي، ويمكنني أن أرى من قرأها. ' +
      'يمكنني سحب هذه الموافقة في أي وقت. عندها لن يرى أصحاب العمل ملفي فورًا.',
    fa:
      'موافقم که کارفرمایان در منطقه رمس-مور پروفایل مهارت‌های مرا بدون نام و بدون اطلاعات تماس من ببینند. ' +
      'کارفرما فقط وقتی نام و اطلاعات تماس مرا می‌گیرد که من درخواست تماس را بپذیرم. ' +
      'هر بار که کسی داده‌های مرا ببیند ثبت می‌شود و من می‌توانم ببینم چه کسی آن‌ها را خوانده است. ' +
      'من می‌توانم این رضایت را هر زمان پس بگیرم. آن‌وقت کارفرمایان فوراً پروفایل مرا دیگر نمی‌بینند.',
    uk:
      'Я погоджуюся, що роботодавці в районі Ремс-Мурр бачать мій профіль компетенцій без мого імені та без моїх контактних даних. ' +
      'Роботодавець отримує моє ім’я та контакти лише тоді, коли я прийму запит на контакт. ' +
      'Кожен перегляд моїх даних записується, і я можу бачити, хто їх читав. ' +
      'Я можу будь-коли відкликати цю згоду. Тоді роботодавці одразу перестануть бачити мій профіль.',
  },
};
