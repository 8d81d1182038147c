import type { UiLanguage } from '@passgenau/domain';

export const EVENT_MAIL_KINDS = [
  'confirmed',
  'waiting',
  'movedUp',
  'published',
  'changed',
  'reminder',
] as const;
export type EventMailKind = (typeof EVENT_MAIL_KINDS)[number];

interface EventMailContext {
  title: string;
  /** Date written for the reader, e.g. 04.03.2027 */
  day: string;
  startsAt: string;
  venue: string;
  link: string;
}

type Texts = Record<EventMailKind, { subject: string; lead: string }> & {
  when: (c: EventMailContext) => string;
  outro: (link: string) => string;
};

/** Event notifications: the event's title, day and place, never another participant's name. */
export const EVENT_MAIL: Record<UiLanguage, Texts> = {
  de: {
    confirmed: { subject: 'Anmeldung bestätigt', lead: 'Ihre Anmeldung ist bestätigt.' },
    waiting: {
      subject: 'Auf der Warteliste',
      lead: 'Die Veranstaltung ist voll. Sie stehen auf der Warteliste; wird ein Platz frei, rücken Sie automatisch nach.',
    },
    movedUp: {
      subject: 'Sie sind nachgerückt',
      lead: 'Ein Platz ist frei geworden: Ihre Anmeldung ist jetzt bestätigt.',
    },
    published: { subject: 'Ihr Gesprächsplan ist da', lead: 'Der Plan der Gespräche ist veröffentlicht.' },
    changed: {
      subject: 'Ihr Gesprächsplan hat sich geändert',
      lead: 'Der Plan der Gespräche wurde geändert. Bitte sehen Sie sich Ihren aktuellen Plan an.',
    },
    reminder: { subject: 'Erinnerung: morgen', lead: 'Wir erinnern Sie an die Veranstaltung morgen.' },
    when: (c) => `${c.title}\n${c.day}, ${c.startsAt} Uhr${c.venue ? `, ${c.venue}` : ''}`,
    outro: (link) => `Ihre Anmeldung und Ihren Plan sehen Sie angemeldet unter ${link}`,
  },
  en: {
    confirmed: { subject: 'Registration confirmed', lead: 'Your registration is confirmed.' },
    waiting: {
      subject: 'On the waiting list',
      lead: 'The event is full. You are on the waiting list and move up automatically when a place becomes free.',
    },
    movedUp: {
      subject: 'You have moved up',
      lead: 'A place has become free: your registration is now confirmed.',
    },
    published: {
      subject: 'Your meeting plan is ready',
      lead: 'The plan of the meetings has been published.',
    },
    changed: {
      subject: 'Your meeting plan has changed',
      lead: 'The plan of the meetings has changed. Please look at your current plan.',
    },
    reminder: { subject: 'Reminder: tomorrow', lead: 'This is a reminder of the event tomorrow.' },
    when: (c) => `${c.title}\n${c.day}, ${c.startsAt}${c.venue ? `, ${c.venue}` : ''}`,
    outro: (link) => `Sign in to see your registration and your plan: ${link}`,
  },
  ar: {
    confirmed: { subject: 'تم تأكيد التسجيل', lead: 'تم تأكيد تسجيلك.' },
    waiting: {
      subject: 'على قائمة الانتظار',
      lead: 'الفعالية ممتلئة. أنت على قائمة الانتظار، وستنتقل تلقائيًا عندما يصبح مكان متاحًا.',
    },
    movedUp: { subject: 'انتقلت من قائمة الانتظار', lead: 'أصبح مكان متاحًا: تسجيلك الآن مؤكد.' },
    published: { subject: 'خطة لقاءاتك جاهزة', lead: 'تم نشر خطة اللقاءات.' },
    changed: { subject: 'تغيّرت خطة لقاءاتك', lead: 'تم تغيير خطة اللقاءات. يرجى الاطلاع على خطتك الحالية.' },
    reminder: { subject: 'تذكير: غدًا', lead: 'نذكّرك بالفعالية غدًا.' },
    when: (c) => `${c.title}\n${c.day}، ${c.startsAt}${c.venue ? `، ${c.venue}` : ''}`,
    outro: (link) => `سجّل الدخول لترى تسجيلك وخطتك: ${link}`,
  },
  fa: {
    confirmed: { subject: 'ثبت‌نام تأیید شد', lead: 'ثبت‌نام شما تأیید شد.' },
    waiting: {
      subject: 'در فهرست انتظار',
      lead: 'ظرفیت رویداد پر است. شما در فهرست انتظار هستید و وقتی جایی خالی شود، خودکار جلو می‌روید.',
    },
    movedUp: { subject: 'از فهرست انتظار جلو آمدید', lead: 'جایی خالی شد: ثبت‌نام شما اکنون تأیید شده است.' },
    published: { subject: 'برنامهٔ گفت‌وگوهای شما آماده است', lead: 'برنامهٔ گفت‌وگوها منتشر شد.' },
    changed: {
      subject: 'برنامهٔ گفت‌وگوهای شما تغییر کرد',
      lead: 'برنامهٔ گفت‌وگوها تغییر کرد. لطفاً برنامهٔ فعلی خود را ببینید.',
    },
    reminder: { subject: 'یادآوری: فردا', lead: 'رویداد فردا را به شما یادآوری می‌کنیم.' },
    when: (c) => `${c.title}\n${c.day}، ${c.startsAt}${c.venue ? `، ${c.venue}` : ''}`,
    outro: (link) => `برای دیدن ثبت‌نام و برنامهٔ خود وارد شوید: ${link}`,
  },
  uk: {
    confirmed: { subject: 'Реєстрацію підтверджено', lead: 'Вашу реєстрацію підтверджено.' },
    waiting: {
      subject: 'У списку очікування',
      lead: 'Місць більше немає. Ви у списку очікування й автоматично отримаєте місце, коли воно звільниться.',
    },
    movedUp: { subject: 'Ви отримали місце', lead: 'Звільнилося місце: вашу реєстрацію тепер підтверджено.' },
    published: { subject: 'Ваш план зустрічей готовий', lead: 'План зустрічей опубліковано.' },
    changed: {
      subject: 'Ваш план зустрічей змінився',
      lead: 'План зустрічей змінено. Будь ласка, перегляньте свій актуальний план.',
    },
    reminder: { subject: 'Нагадування: завтра', lead: 'Нагадуємо вам про захід завтра.' },
    when: (c) => `${c.title}\n${c.day}, ${c.startsAt}${c.venue ? `, ${c.venue}` : ''}`,
    outro: (link) => `Увійдіть, щоб побачити свою реєстрацію та план: ${link}`,
  },
};

export function eventMail(
  lang: UiLanguage,
  kind: EventMailKind,
  context: EventMailContext,
): { subject: string; body: string } {
  const t = EVENT_MAIL[lang];
  return {
    subject: `Passgenau: ${t[kind].subject} – ${context.title}`,
    body: `${t[kind].lead}\n\n${t.when(context)}\n\n${t.outro(context.link)}\n`,
  };
}

/** 2027-03-04 → 04.03.2027 (the district's way of writing dates, in every language). */
export function readableDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}
