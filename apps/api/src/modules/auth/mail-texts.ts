import type { UiLanguage } from '@passgenau/domain';

type Texts = Record<UiLanguage, { subject: string; body: (link: string) => string }>;

// Plain words in the reader's language; German stays beside it for the helpers around them.
export const PASSWORD_RESET_MAIL: Texts = {
  de: {
    subject: 'Passgenau: neues Passwort festlegen',
    body: (link) =>
      `Hallo,\n\nSie möchten ein neues Passwort für Passgenau. Öffnen Sie diesen Link (gültig 1 Stunde):\n${link}\n\nWenn Sie das nicht waren, ignorieren Sie diese E-Mail.`,
  },
  en: {
    subject: 'Passgenau: set a new password',
    body: (link) =>
      `Hello,\n\nYou asked for a new Passgenau password. Open this link (valid for 1 hour):\n${link}\n\nIf this was not you, ignore this e-mail.`,
  },
  ar: {
    subject: 'Passgenau: تعيين كلمة مرور جديدة',
    body: (link) =>
      `مرحبًا،\n\nطلبتَ كلمة مرور جديدة لـ Passgenau. افتح هذا الرابط (صالح لمدة ساعة واحدة):\n${link}\n\nإذا لم تكن أنت، فتجاهل هذه الرسالة.`,
  },
  fa: {
    subject: 'Passgenau: تعیین رمز عبور جدید',
    body: (link) =>
      `سلام،\n\nشما رمز عبور جدید برای Passgenau خواسته‌اید. این لینک را باز کنید (یک ساعت معتبر است):\n${link}\n\nاگر شما نبودید، این ایمیل را نادیده بگیرید.`,
  },
  uk: {
    subject: 'Passgenau: новий пароль',
    body: (link) =>
      `Вітаємо!\n\nВи попросили новий пароль для Passgenau. Відкрийте це посилання (діє 1 годину):\n${link}\n\nЯкщо це були не ви, просто проігноруйте цей лист.`,
  },
};

export const INVITATION_MAIL: Texts = {
  de: {
    subject: 'Einladung zu Passgenau',
    body: (link) =>
      `Hallo,\n\nSie sind zu Passgenau eingeladen, der Jobbörse für Geflüchtete und Betriebe im Rems-Murr-Kreis.\nMit diesem Link legen Sie Ihr Konto an (gültig 14 Tage, nur einmal):\n${link}`,
  },
  en: {
    subject: 'Invitation to Passgenau',
    body: (link) =>
      `Hello,\n\nYou are invited to Passgenau, the job exchange for refugees and firms in the Rems-Murr-Kreis.\nCreate your account with this link (valid 14 days, works once):\n${link}`,
  },
  ar: {
    subject: 'دعوة إلى Passgenau',
    body: (link) =>
      `مرحبًا،\n\nأنت مدعو إلى Passgenau، منصة العمل للاجئين والشركات في منطقة رمس-مور.\nأنشئ حسابك بهذا الرابط (صالح 14 يومًا، مرة واحدة فقط):\n${link}`,
  },
  fa: {
    subject: 'دعوت به Passgenau',
    body: (link) =>
      `سلام،\n\nشما به Passgenau دعوت شده‌اید، بازار کار برای پناهجویان و شرکت‌ها در منطقه رمس-مور.\nبا این لینک حساب خود را بسازید (۱۴ روز معتبر، فقط یک بار):\n${link}`,
  },
  uk: {
    subject: 'Запрошення до Passgenau',
    body: (link) =>
      `Вітаємо!\n\nВас запрошено до Passgenau — біржі праці для біженців і підприємств району Ремс-Мурр.\nСтворіть обліковий запис за цим посиланням (діє 14 днів, лише один раз):\n${link}`,
  },
};
