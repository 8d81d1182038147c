import type { UiLanguage } from '@passgenau/domain';

export interface MergeNoticeParams {
  /** The e-mail or login name of the record that stays. */
  signInWith: string;
  /** YYYY-MM-DD: until then Team IBA can undo the merge. */
  restorableUntil: string;
  /** Display names of mentors whose authorisation moved to the record that stays. */
  mentors: string[];
}

type Texts = Record<UiLanguage, { subject: string; body: (p: MergeNoticeParams) => string }>;

const list = (names: string[]) => names.map((n) => `- ${n}`).join('\n');

// Plain words in the reader's language: what happened, how to sign in now, and how to object.
export const MERGE_NOTICE_MAIL: Texts = {
  de: {
    subject: 'Passgenau: Ihre zwei Einträge wurden zusammengeführt',
    body: (p) =>
      `Hallo,\n\nTeam IBA hat festgestellt, dass zwei Einträge bei Passgenau zu Ihnen gehören, und sie zu einem zusammengeführt.\nMelden Sie sich ab jetzt so an: ${p.signInWith}\n` +
      (p.mentors.length
        ? `\nDiese Messepaten dürfen jetzt im zusammengeführten Eintrag für Sie handeln:\n${list(p.mentors)}\nSie können eine Erlaubnis jederzeit unter „Konto“ zurückziehen.\n`
        : '') +
      `\nWar das ein Fehler? Team IBA kann den anderen Eintrag bis ${p.restorableUntil} wiederherstellen. Danach wird er gelöscht.`,
  },
  en: {
    subject: 'Passgenau: your two records were merged',
    body: (p) =>
      `Hello,\n\nTeam IBA found that two Passgenau records belong to you and merged them into one.\nFrom now on, sign in with: ${p.signInWith}\n` +
      (p.mentors.length
        ? `\nThese mentors may now act for you in the merged record:\n${list(p.mentors)}\nYou can withdraw an authorisation at any time under "Account".\n`
        : '') +
      `\nWas this a mistake? Team IBA can restore the other record until ${p.restorableUntil}. After that it is deleted.`,
  },
  ar: {
    subject: 'Passgenau: تم دمج سجليك',
    body: (p) =>
      `مرحبًا،\n\nوجد فريق IBA أن سجلين في Passgenau يخصانك، فدمجهما في سجل واحد.\nسجّل الدخول من الآن بـ: ${p.signInWith}\n` +
      (p.mentors.length
        ? `\nيمكن لهؤلاء المرشدين الآن التصرف نيابةً عنك في السجل المدمج:\n${list(p.mentors)}\nيمكنك سحب أي تفويض في أي وقت من صفحة «الحساب».\n`
        : '') +
      `\nهل كان هذا خطأ؟ يمكن لفريق IBA استعادة السجل الآخر حتى ${p.restorableUntil}. بعد ذلك يُحذف.`,
  },
  fa: {
    subject: 'Passgenau: دو پرونده شما یکی شد',
    body: (p) =>
      `سلام،\n\nتیم IBA متوجه شد که دو پرونده در Passgenau متعلق به شماست و آن‌ها را در یک پرونده ادغام کرد.\nاز این پس با این وارد شوید: ${p.signInWith}\n` +
      (p.mentors.length
        ? `\nاین راهنماها اکنون می‌توانند در پرونده ادغام‌شده از طرف شما اقدام کنند:\n${list(p.mentors)}\nهر زمان بخواهید می‌توانید اجازه را در بخش «حساب» پس بگیرید.\n`
        : '') +
      `\nاشتباه بود؟ تیم IBA می‌تواند پرونده دیگر را تا ${p.restorableUntil} بازگرداند. پس از آن حذف می‌شود.`,
  },
  uk: {
    subject: 'Passgenau: ваші два записи об’єднано',
    body: (p) =>
      `Вітаємо!\n\nКоманда IBA з’ясувала, що два записи в Passgenau належать вам, і об’єднала їх в один.\nТепер входьте так: ${p.signInWith}\n` +
      (p.mentors.length
        ? `\nЦі наставники тепер можуть діяти від вашого імені в об’єднаному записі:\n${list(p.mentors)}\nВи можете будь-коли відкликати дозвіл у розділі «Обліковий запис».\n`
        : '') +
      `\nЦе помилка? Команда IBA може відновити інший запис до ${p.restorableUntil}. Після цього його буде видалено.`,
  },
};

export interface RestoreNoticeParams {
  /** The e-mail or login name of the record that is back. */
  restoredSignIn: string;
}

type RestoreTexts = Record<UiLanguage, { subject: string; body: (p: RestoreNoticeParams) => string }>;

export const RESTORE_NOTICE_MAIL: RestoreTexts = {
  de: {
    subject: 'Passgenau: Zusammenführung Ihrer Einträge rückgängig gemacht',
    body: (p) =>
      `Hallo,\n\nTeam IBA hat die Zusammenführung Ihrer zwei Einträge bei Passgenau rückgängig gemacht. Der andere Eintrag ist wieder da (Anmeldung: ${p.restoredSignIn}), mit dem, was aus ihm übernommen worden war, auch den Erlaubnissen für Messepaten.`,
  },
  en: {
    subject: 'Passgenau: merge of your records undone',
    body: (p) =>
      `Hello,\n\nTeam IBA undid the merge of your two Passgenau records. The other record is back (sign in with: ${p.restoredSignIn}), with what had been taken over from it, mentor authorisations included.`,
  },
  ar: {
    subject: 'Passgenau: تم التراجع عن دمج سجليك',
    body: (p) =>
      `مرحبًا،\n\nتراجع فريق IBA عن دمج سجليك في Passgenau. عاد السجل الآخر (تسجيل الدخول بـ: ${p.restoredSignIn}) مع ما نُقل منه، بما في ذلك تفويضات المرشدين.`,
  },
  fa: {
    subject: 'Passgenau: ادغام پرونده‌های شما لغو شد',
    body: (p) =>
      `سلام،\n\nتیم IBA ادغام دو پرونده شما در Passgenau را لغو کرد. پرونده دیگر بازگشته است (ورود با: ${p.restoredSignIn})، همراه با آنچه از آن منتقل شده بود، از جمله اجازه‌های راهنماها.`,
  },
  uk: {
    subject: 'Passgenau: об’єднання ваших записів скасовано',
    body: (p) =>
      `Вітаємо!\n\nКоманда IBA скасувала об’єднання ваших двох записів у Passgenau. Інший запис повернуто (вхід: ${p.restoredSignIn}) разом з тим, що з нього було перенесено, зокрема з дозволами наставникам.`,
  },
};
