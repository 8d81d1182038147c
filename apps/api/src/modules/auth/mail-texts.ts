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

/** The link that turns a self sign-up into an account. */
export const SIGNUP_CONFIRM_MAIL: Texts = {
  de: {
    subject: 'Passgenau: E-Mail-Adresse bestätigen',
    body: (link) =>
      `Hallo,\n\nSie haben ein Konto bei Passgenau angelegt. Öffnen Sie diesen Link, um Ihre E-Mail-Adresse zu bestätigen (gültig 24 Stunden):\n${link}\n\nWenn Sie das nicht waren, ignorieren Sie diese E-Mail.`,
  },
  en: {
    subject: 'Passgenau: confirm your e-mail address',
    body: (link) =>
      `Hello,\n\nYou created a Passgenau account. Open this link to confirm your e-mail address (valid for 24 hours):\n${link}\n\nIf this was not you, ignore this e-mail.`,
  },
  ar: {
    subject: 'Passgenau: تأكيد عنوان البريد الإلكتروني',
    body: (link) =>
      `مرحبًا،\n\nلقد أنشأتَ حسابًا في Passgenau. افتح هذا الرابط لتأكيد عنوان بريدك الإلكتروني (صالح لمدة 24 ساعة):\n${link}\n\nإذا لم تكن أنت، فتجاهل هذه الرسالة.`,
  },
  fa: {
    subject: 'Passgenau: تأیید نشانی ایمیل',
    body: (link) =>
      `سلام،\n\nشما در Passgenau حساب ساخته‌اید. برای تأیید نشانی ایمیل خود این لینک را باز کنید (۲۴ ساعت معتبر است):\n${link}\n\nاگر شما نبودید، این ایمیل را نادیده بگیرید.`,
  },
  uk: {
    subject: 'Passgenau: підтвердіть адресу електронної пошти',
    body: (link) =>
      `Вітаємо!\n\nВи створили обліковий запис у Passgenau. Відкрийте це посилання, щоб підтвердити адресу електронної пошти (діє 24 години):\n${link}\n\nЯкщо це були не ви, просто проігноруйте цей лист.`,
  },
};

/** Sent instead of a confirmation link when someone signs up with an e-mail that has an account. */
export const SIGNUP_EXISTING_MAIL: Texts = {
  de: {
    subject: 'Passgenau: Sie haben schon ein Konto',
    body: (link) =>
      `Hallo,\n\njemand wollte mit dieser E-Mail-Adresse ein neues Konto bei Passgenau anlegen. Sie haben schon ein Konto. Melden Sie sich einfach an; wenn Sie Ihr Passwort vergessen haben, legen Sie hier ein neues fest:\n${link}\n\nWenn Sie das nicht waren, ignorieren Sie diese E-Mail. An Ihrem Konto hat sich nichts geändert.`,
  },
  en: {
    subject: 'Passgenau: you already have an account',
    body: (link) =>
      `Hello,\n\nsomeone tried to create a new Passgenau account with this e-mail address. You already have an account. Just sign in; if you forgot your password, set a new one here:\n${link}\n\nIf this was not you, ignore this e-mail. Nothing has changed in your account.`,
  },
  ar: {
    subject: 'Passgenau: لديك حساب بالفعل',
    body: (link) =>
      `مرحبًا،\n\nحاول أحدهم إنشاء حساب جديد في Passgenau بعنوان البريد الإلكتروني هذا. لديك حساب بالفعل. سجّل الدخول فقط؛ وإذا نسيت كلمة المرور، فعيّن كلمة جديدة هنا:\n${link}\n\nإذا لم تكن أنت، فتجاهل هذه الرسالة. لم يتغير شيء في حسابك.`,
  },
  fa: {
    subject: 'Passgenau: شما از قبل حساب دارید',
    body: (link) =>
      `سلام،\n\nکسی خواست با این نشانی ایمیل یک حساب جدید در Passgenau بسازد. شما از قبل حساب دارید. فقط وارد شوید؛ اگر رمز عبور را فراموش کرده‌اید، اینجا رمز جدید بگذارید:\n${link}\n\nاگر شما نبودید، این ایمیل را نادیده بگیرید. در حساب شما چیزی تغییر نکرده است.`,
  },
  uk: {
    subject: 'Passgenau: у вас уже є обліковий запис',
    body: (link) =>
      `Вітаємо!\n\nХтось хотів створити новий обліковий запис у Passgenau з цією адресою. У вас уже є обліковий запис. Просто увійдіть; якщо ви забули пароль, задайте новий тут:\n${link}\n\nЯкщо це були не ви, просто проігноруйте цей лист. У вашому обліковому записі нічого не змінилося.`,
  },
};
