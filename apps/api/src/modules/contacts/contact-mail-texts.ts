import type { UiLanguage } from '@passgenau/domain';

export interface ContactRequestMailFacts {
  /** The firm's name. */
  company: string;
  offerTitle: string | null;
  /** The firm's message, quoted as written. */
  message: string;
  /** Set for mentors: whom the request is for. */
  candidateName: string | null;
  expiresOn: string;
  link: string;
}

type Texts = Record<UiLanguage, { subject: string; body: (facts: ContactRequestMailFacts) => string }>;

/** Each line of the firm's message, quoted, so it stands apart from the translated text around it. */
export function quote(message: string): string {
  return message
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

/** To the candidate and each authorised mentor when a firm's contact request reaches them. */
export const CONTACT_REQUEST_MAIL: Texts = {
  de: {
    subject: 'Passgenau: Eine Firma möchte Kontakt aufnehmen',
    body: (f) =>
      `Hallo,\n\n` +
      (f.candidateName
        ? `die Firma ${f.company} möchte mit ${f.candidateName} Kontakt aufnehmen`
        : `die Firma ${f.company} möchte mit Ihnen Kontakt aufnehmen`) +
      (f.offerTitle ? ` (Angebot: ${f.offerTitle}).` : '.') +
      `\n\nNachricht der Firma:\n${quote(f.message)}\n\n` +
      `Name und Kontaktdaten sieht die Firma erst, wenn die Anfrage angenommen wird. ` +
      `Sie können annehmen, ablehnen oder die Firma sperren, bis zum ${f.expiresOn}.\n${f.link}`,
  },
  en: {
    subject: 'Passgenau: a firm would like to get in touch',
    body: (f) =>
      `Hello,\n\n` +
      (f.candidateName
        ? `the firm ${f.company} would like to get in touch with ${f.candidateName}`
        : `the firm ${f.company} would like to get in touch with you`) +
      (f.offerTitle ? ` (offer: ${f.offerTitle}).` : '.') +
      `\n\nMessage from the firm:\n${quote(f.message)}\n\n` +
      `The firm sees the name and contact details only once the request is accepted. ` +
      `You can accept, decline or block the firm until ${f.expiresOn}.\n${f.link}`,
  },
  ar: {
    subject: 'Passgenau: شركة ترغب في التواصل',
    body: (f) =>
      `مرحبًا،\n\n` +
      (f.candidateName
        ? `ترغب شركة ${f.company} في التواصل مع ${f.candidateName}`
        : `ترغب شركة ${f.company} في التواصل معك`) +
      (f.offerTitle ? ` (العرض: ${f.offerTitle}).` : '.') +
      `\n\nرسالة الشركة:\n${quote(f.message)}\n\n` +
      `لن ترى الشركة الاسم وبيانات التواصل إلا بعد قبول الطلب. ` +
      `يمكنك القبول أو الرفض أو حظر الشركة حتى ${f.expiresOn}.\n${f.link}`,
  },
  fa: {
    subject: 'Passgenau: شرکتی می‌خواهد تماس بگیرد',
    body: (f) =>
      `سلام،\n\n` +
      (f.candidateName
        ? `شرکت ${f.company} می‌خواهد با ${f.candidateName} تماس بگیرد`
        : `شرکت ${f.company} می‌خواهد با شما تماس بگیرد`) +
      (f.offerTitle ? ` (آگهی: ${f.offerTitle}).` : '.') +
      `\n\nپیام شرکت:\n${quote(f.message)}\n\n` +
      `شرکت نام و اطلاعات تماس را فقط پس از پذیرش درخواست می‌بیند. ` +
      `تا ${f.expiresOn} می‌توانید بپذیرید، رد کنید یا شرکت را مسدود کنید.\n${f.link}`,
  },
  uk: {
    subject: 'Passgenau: фірма хоче зв’язатися',
    body: (f) =>
      `Вітаємо!\n\n` +
      (f.candidateName
        ? `Фірма ${f.company} хоче зв’язатися з ${f.candidateName}`
        : `Фірма ${f.company} хоче зв’язатися з вами`) +
      (f.offerTitle ? ` (пропозиція: ${f.offerTitle}).` : '.') +
      `\n\nПовідомлення фірми:\n${quote(f.message)}\n\n` +
      `Фірма побачить ім’я та контактні дані лише після прийняття запиту. ` +
      `Ви можете прийняти, відхилити або заблокувати фірму до ${f.expiresOn}.\n${f.link}`,
  },
};
