import type { UiLanguage } from '@passgenau/domain';

export interface BarrierMailFacts {
  page: string | null;
  description: string;
  replyEmail: string | null;
  language: UiLanguage;
  link: string;
}

type Texts = Record<UiLanguage, { subject: string; body: (facts: BarrierMailFacts) => string }>;

/** To every coordinator when someone reports a barrier; the report itself stays in the reporter's words. */
export const BARRIER_REPORTED_MAIL: Texts = {
  de: {
    subject: 'Passgenau: Barriere gemeldet',
    body: (f) =>
      `Hallo,\n\njemand hat über die Erklärung zur Barrierefreiheit eine Barriere gemeldet.\n\n` +
      `Seite: ${f.page ?? '(nicht angegeben)'}\nSprache der Meldung: ${f.language}\n` +
      `Antwort an: ${f.replyEmail ?? '(anonym, keine Antwort gewünscht)'}\n\nBeschreibung:\n${f.description}\n\n` +
      `Wenn eine Adresse angegeben ist, antworten Sie bitte bald.\n${f.link}`,
  },
  en: {
    subject: 'Passgenau: barrier reported',
    body: (f) =>
      `Hello,\n\nsomeone reported a barrier through the accessibility statement.\n\n` +
      `Page: ${f.page ?? '(not given)'}\nLanguage of the report: ${f.language}\n` +
      `Reply to: ${f.replyEmail ?? '(anonymous, no reply wanted)'}\n\nDescription:\n${f.description}\n\n` +
      `If an address was given, please reply soon.\n${f.link}`,
  },
  ar: {
    subject: 'Passgenau: تم الإبلاغ عن عائق',
    body: (f) =>
      `مرحبًا،\n\nأبلغ شخص عن عائق عبر بيان إمكانية الوصول.\n\n` +
      `الصفحة: ${f.page ?? '(غير محددة)'}\nلغة البلاغ: ${f.language}\n` +
      `الرد إلى: ${f.replyEmail ?? '(مجهول، لا يريد ردًا)'}\n\nالوصف:\n${f.description}\n\n` +
      `إذا أُعطي عنوان، يرجى الرد قريبًا.\n${f.link}`,
  },
  fa: {
    subject: 'Passgenau: مانعی گزارش شد',
    body: (f) =>
      `سلام،\n\nکسی از طریق بیانیهٔ دسترس‌پذیری مانعی را گزارش کرد.\n\n` +
      `صفحه: ${f.page ?? '(ذکر نشده)'}\nزبان گزارش: ${f.language}\n` +
      `پاسخ به: ${f.replyEmail ?? '(ناشناس، پاسخی نمی‌خواهد)'}\n\nشرح:\n${f.description}\n\n` +
      `اگر نشانی داده شده، لطفاً به‌زودی پاسخ دهید.\n${f.link}`,
  },
  uk: {
    subject: 'Passgenau: повідомлено про бар’єр',
    body: (f) =>
      `Вітаємо!\n\nХтось повідомив про бар’єр через заяву про доступність.\n\n` +
      `Сторінка: ${f.page ?? '(не вказано)'}\nМова повідомлення: ${f.language}\n` +
      `Відповідь на: ${f.replyEmail ?? '(анонімно, відповідь не потрібна)'}\n\nОпис:\n${f.description}\n\n` +
      `Якщо вказано адресу, будь ласка, дайте відповідь найближчим часом.\n${f.link}`,
  },
};
