import type { UiLanguage } from '@passgenau/domain';

type Texts = Record<UiLanguage, { subject: string; body: (link: string) => string }>;

/** To the firm when its check is done: search opens (the link leads to the profile list). */
export const COMPANY_VERIFIED_MAIL: Texts = {
  de: {
    subject: 'Passgenau: Ihre Firma ist geprüft',
    body: (link) =>
      `Hallo,\n\nTeam IBA bzw. die Koordination hat Ihre Firma geprüft. Sie können jetzt Bewerberprofile suchen:\n${link}`,
  },
  en: {
    subject: 'Passgenau: your company has been checked',
    body: (link) =>
      `Hello,\n\nTeam IBA or the coordination has checked your company. You can now search candidate profiles:\n${link}`,
  },
  ar: {
    subject: 'Passgenau: تم التحقق من شركتك',
    body: (link) =>
      `مرحبًا،\n\nتحقق فريق IBA أو التنسيق من شركتك. يمكنك الآن البحث في ملفات المرشحين:\n${link}`,
  },
  fa: {
    subject: 'Passgenau: شرکت شما بررسی شد',
    body: (link) =>
      `سلام،\n\nتیم IBA یا هماهنگی شرکت شما را بررسی کرد. اکنون می‌توانید نمایه‌های متقاضیان را جستجو کنید:\n${link}`,
  },
  uk: {
    subject: 'Passgenau: вашу фірму перевірено',
    body: (link) =>
      `Вітаємо!\n\nКоманда IBA або координація перевірила вашу фірму. Тепер ви можете шукати профілі кандидатів:\n${link}`,
  },
};

/** To the firm when the check found that it cannot search candidates (it may ask why). */
export const COMPANY_REJECTED_MAIL: Texts = {
  de: {
    subject: 'Passgenau: Prüfung Ihrer Firma',
    body: (link) =>
      `Hallo,\n\nTeam IBA bzw. die Koordination konnte Ihre Firma nicht bestätigen; die Suche nach Bewerberprofilen bleibt geschlossen. Bei Fragen antworten Sie auf diese E-Mail.\n${link}`,
  },
  en: {
    subject: 'Passgenau: the check of your company',
    body: (link) =>
      `Hello,\n\nTeam IBA or the coordination could not confirm your company; searching candidate profiles stays closed. If you have questions, reply to this e-mail.\n${link}`,
  },
  ar: {
    subject: 'Passgenau: التحقق من شركتك',
    body: (link) =>
      `مرحبًا،\n\nلم يتمكن فريق IBA أو التنسيق من تأكيد شركتك؛ يبقى البحث في ملفات المرشحين مغلقًا. للاستفسار، رد على هذه الرسالة.\n${link}`,
  },
  fa: {
    subject: 'Passgenau: بررسی شرکت شما',
    body: (link) =>
      `سلام،\n\nتیم IBA یا هماهنگی نتوانست شرکت شما را تأیید کند؛ جستجوی نمایه‌های متقاضیان بسته می‌ماند. برای پرسش به این ایمیل پاسخ دهید.\n${link}`,
  },
  uk: {
    subject: 'Passgenau: перевірка вашої фірми',
    body: (link) =>
      `Вітаємо!\n\nКоманда IBA або координація не змогла підтвердити вашу фірму; пошук профілів кандидатів залишається закритим. Якщо є запитання, дайте відповідь на цей лист.\n${link}`,
  },
};
