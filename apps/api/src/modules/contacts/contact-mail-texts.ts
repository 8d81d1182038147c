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

export interface OnBehalfMailFacts {
  /** The firm's name. */
  company: string;
  /** The IBA staff member who sent the request. */
  staffName: string;
  pseudonym: string;
  offerTitle: string | null;
  /** The message, quoted as written. */
  message: string;
  /** Brokered mode: the request waits for IBA staff before it reaches the candidate. */
  brokered: boolean;
  link: string;
}

type OnBehalfTexts = Record<UiLanguage, { subject: string; body: (facts: OnBehalfMailFacts) => string }>;

/** To each of the firm's people when IBA staff sent a contact request in the firm's name. */
export const ON_BEHALF_MAIL: OnBehalfTexts = {
  de: {
    subject: 'Passgenau: Das Team IBA hat in Ihrem Namen eine Kontaktanfrage gesendet',
    body: (f) =>
      `Hallo,\n\n` +
      `${f.staffName} vom Team IBA hat im Namen der Firma ${f.company} eine Kontaktanfrage an Profil ${f.pseudonym} gesendet` +
      (f.offerTitle ? ` (Angebot: ${f.offerTitle}).` : '.') +
      `\n\nNachricht:\n${quote(f.message)}\n\n` +
      (f.brokered
        ? `Das Team IBA leitet die Anfrage an die Person weiter. `
        : `Die Anfrage hat die Person erreicht. `) +
      `Name und Kontaktdaten sehen Sie, sobald sie zusagt. Die Anfrage steht unter „Meine Kontaktanfragen“:\n${f.link}`,
  },
  en: {
    subject: 'Passgenau: IBA staff sent a contact request in your name',
    body: (f) =>
      `Hello,\n\n` +
      `${f.staffName} of Team IBA sent a contact request to profile ${f.pseudonym} on behalf of ${f.company}` +
      (f.offerTitle ? ` (offer: ${f.offerTitle}).` : '.') +
      `\n\nMessage:\n${quote(f.message)}\n\n` +
      (f.brokered
        ? `IBA staff will pass the request on to the person. `
        : `The request has reached the person. `) +
      `You see the name and contact details once they accept. The request is listed under “My contact requests”:\n${f.link}`,
  },
  ar: {
    subject: 'Passgenau: أرسل فريق IBA طلب تواصل باسمكم',
    body: (f) =>
      `مرحبًا،\n\n` +
      `أرسل ${f.staffName} من فريق IBA طلب تواصل إلى الملف ${f.pseudonym} باسم شركة ${f.company}` +
      (f.offerTitle ? ` (العرض: ${f.offerTitle}).` : '.') +
      `\n\nالرسالة:\n${quote(f.message)}\n\n` +
      (f.brokered ? `سيحيل فريق IBA الطلب إلى الشخص. ` : `وصل الطلب إلى الشخص. `) +
      `سترون الاسم وبيانات التواصل عند قبوله. تجدون الطلب في «طلبات التواصل الخاصة بي»:\n${f.link}`,
  },
  fa: {
    subject: 'Passgenau: تیم IBA به نام شما درخواست تماس فرستاد',
    body: (f) =>
      `سلام،\n\n` +
      `${f.staffName} از تیم IBA به نام شرکت ${f.company} یک درخواست تماس برای پروفایل ${f.pseudonym} فرستاد` +
      (f.offerTitle ? ` (آگهی: ${f.offerTitle}).` : '.') +
      `\n\nپیام:\n${quote(f.message)}\n\n` +
      (f.brokered ? `تیم IBA درخواست را به آن فرد می‌رساند. ` : `درخواست به آن فرد رسیده است. `) +
      `نام و اطلاعات تماس را پس از پذیرش می‌بینید. درخواست در «درخواست‌های تماس من» است:\n${f.link}`,
  },
  uk: {
    subject: 'Passgenau: команда IBA надіслала запит на контакт від вашого імені',
    body: (f) =>
      `Вітаємо!\n\n` +
      `${f.staffName} з команди IBA надіслав(ла) запит на контакт до профілю ${f.pseudonym} від імені фірми ${f.company}` +
      (f.offerTitle ? ` (пропозиція: ${f.offerTitle}).` : '.') +
      `\n\nПовідомлення:\n${quote(f.message)}\n\n` +
      (f.brokered ? `Команда IBA передасть запит цій людині. ` : `Запит отримала ця людина. `) +
      `Ім’я та контактні дані ви побачите після прийняття. Запит є в розділі «Мої запити на контакт»:\n${f.link}`,
  },
};
