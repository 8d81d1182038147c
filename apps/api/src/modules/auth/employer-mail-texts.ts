import type { UiLanguage } from '@passgenau/domain';

type Texts = Record<UiLanguage, { subject: string; body: (link: string) => string }>;

/** The link that creates a self-signed-up firm and its manager account. */
export const EMPLOYER_SIGNUP_MAIL: Texts = {
  de: {
    subject: 'Passgenau: Firmenkonto bestätigen',
    body: (link) =>
      `Hallo,\n\nmit diesem Link legen Sie das Konto Ihrer Firma bei Passgenau an (gültig 24 Stunden):\n${link}\n\nFirmenprofil und Angebote können Sie sofort pflegen. Die Suche nach Bewerberinnen und Bewerbern öffnet sich, sobald Team IBA oder die Koordination Ihre Firma geprüft hat.\n\nWenn Sie das nicht waren, ignorieren Sie diese E-Mail.`,
  },
  en: {
    subject: 'Passgenau: confirm your company account',
    body: (link) =>
      `Hello,\n\nThis link creates your company's Passgenau account (valid for 24 hours):\n${link}\n\nYou can keep your company profile and offers at once. Searching candidates opens as soon as Team IBA or the coordination has checked your company.\n\nIf this was not you, ignore this e-mail.`,
  },
  ar: {
    subject: 'Passgenau: تأكيد حساب الشركة',
    body: (link) =>
      `مرحبًا،\n\nبهذا الرابط تُنشئ حساب شركتك في Passgenau (صالح 24 ساعة):\n${link}\n\nيمكنك تحرير ملف الشركة والعروض فورًا. يُتاح البحث عن المرشحين بعد أن يتحقق فريق IBA أو التنسيق من شركتك.\n\nإذا لم تكن أنت، فتجاهل هذه الرسالة.`,
  },
  fa: {
    subject: 'Passgenau: تأیید حساب شرکت',
    body: (link) =>
      `سلام،\n\nبا این لینک حساب شرکت شما در Passgenau ساخته می‌شود (۲۴ ساعت معتبر است):\n${link}\n\nنمایهٔ شرکت و آگهی‌ها را همین حالا می‌توانید ویرایش کنید. جستجوی متقاضیان پس از بررسی شرکت شما توسط تیم IBA یا هماهنگی باز می‌شود.\n\nاگر شما نبودید، این ایمیل را نادیده بگیرید.`,
  },
  uk: {
    subject: 'Passgenau: підтвердьте обліковий запис фірми',
    body: (link) =>
      `Вітаємо!\n\nЗа цим посиланням ви створите обліковий запис вашої фірми в Passgenau (діє 24 години):\n${link}\n\nПрофіль фірми та пропозиції можна вести одразу. Пошук кандидатів відкриється, щойно команда IBA або координація перевірить вашу фірму.\n\nЯкщо це були не ви, просто проігноруйте цей лист.`,
  },
};
