import type { UiLanguage } from '@passgenau/domain';

export interface DigestSection {
  name: string;
  kind: 'candidates' | 'offers';
  /** Pseudonyms (candidate searches) or offer titles (offer searches). */
  items: string[];
}

interface DigestText {
  subject: string;
  intro: string;
  candidates: (n: number) => string;
  offers: (n: number) => string;
  outro: (link: string) => string;
}

/** The daily alert digest: names of the saved searches, pseudonyms or offer titles, never a person's name. */
export const SAVED_SEARCH_DIGEST: Record<UiLanguage, DigestText> = {
  de: {
    subject: 'Passgenau: Neues zu Ihren gespeicherten Suchen',
    intro: 'Seit der letzten Nachricht gibt es neue Treffer zu Ihren gespeicherten Suchen.',
    candidates: (n) => (n === 1 ? '1 neues Profil' : `${n} neue Profile`),
    offers: (n) => (n === 1 ? '1 neues Angebot' : `${n} neue Angebote`),
    outro: (link) =>
      `Alle Treffer finden Sie angemeldet unter ${link}\nSie erhalten höchstens eine solche Nachricht am Tag.`,
  },
  en: {
    subject: 'Passgenau: news for your saved searches',
    intro: 'Your saved searches have new results since the last message.',
    candidates: (n) => (n === 1 ? '1 new profile' : `${n} new profiles`),
    offers: (n) => (n === 1 ? '1 new offer' : `${n} new offers`),
    outro: (link) => `Sign in to see all results: ${link}\nYou get at most one such message a day.`,
  },
  ar: {
    subject: 'Passgenau: جديد في عمليات البحث المحفوظة',
    intro: 'توجد نتائج جديدة لعمليات البحث المحفوظة منذ الرسالة الأخيرة.',
    candidates: (n) => (n === 1 ? 'ملف شخصي جديد واحد' : `ملفات شخصية جديدة: ${n}`),
    offers: (n) => (n === 1 ? 'عرض جديد واحد' : `عروض جديدة: ${n}`),
    outro: (link) =>
      `سجّل الدخول لرؤية كل النتائج: ${link}\nتصلك رسالة واحدة من هذا النوع في اليوم على الأكثر.`,
  },
  fa: {
    subject: 'Passgenau: موارد تازه برای جست‌وجوهای ذخیره‌شدهٔ شما',
    intro: 'از آخرین پیام، جست‌وجوهای ذخیره‌شدهٔ شما نتایج تازه دارند.',
    candidates: (n) => (n === 1 ? '۱ پروفایل تازه' : `${n} پروفایل تازه`),
    offers: (n) => (n === 1 ? '۱ آگهی تازه' : `${n} آگهی تازه`),
    outro: (link) => `برای دیدن همهٔ نتایج وارد شوید: ${link}\nحداکثر روزی یک پیام از این نوع دریافت می‌کنید.`,
  },
  uk: {
    subject: 'Passgenau: нове у ваших збережених пошуках',
    intro: 'Від останнього повідомлення у ваших збережених пошуках є нові результати.',
    candidates: (n) => (n === 1 ? '1 новий профіль' : `Нових профілів: ${n}`),
    offers: (n) => (n === 1 ? '1 нова пропозиція' : `Нових пропозицій: ${n}`),
    outro: (link) =>
      `Увійдіть, щоб побачити всі результати: ${link}\nВи отримуєте щонайбільше одне таке повідомлення на день.`,
  },
};

export function digestBody(lang: UiLanguage, sections: DigestSection[], link: string): string {
  const text = SAVED_SEARCH_DIGEST[lang];
  const parts = sections.map((s) => {
    const count = s.kind === 'candidates' ? text.candidates(s.items.length) : text.offers(s.items.length);
    return `„${s.name}“ – ${count}:\n${s.items.map((i) => `  • ${i}`).join('\n')}`;
  });
  return [text.intro, ...parts, text.outro(link)].join('\n\n');
}
