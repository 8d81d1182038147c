import type { Localized } from '../../catalogue';
import type { matchListsDe } from './de';

// Texts of the match lists: candidates for an offer, offers for a candidate, and why a match fits.
export const matchListsFa: Localized<typeof matchListsDe> = {
  percent: '{{percent}}٪ تطابق',
  rank: 'رتبه {{rank}}',
  why: 'چرا مناسب است',
  hideWhy: 'پنهان کردن توضیح',
  offer: {
    link: 'متقاضیان مناسب',
    linkNamed: 'متقاضیان مناسب برای {{title}}',
    title: 'متقاضیان مناسب',
    forOffer: 'برای {{title}}',
    intro:
      'مناسب‌ترین‌ها اول – بر اساس مهارت‌های لازم و گواه آن‌ها، آلمانی، فاصله، زمان شروع و خواسته‌ها. فقط پروفایل‌های با نام مستعار.',
    back: 'بازگشت به شرکت من',
    total_one: '{{count}} متقاضی مناسب',
    total_other: '{{count}} متقاضی مناسب',
    empty: 'هنوز کسی با این آگهی مطابقت ندارد. مهارت‌ها، حداقل آلمانی و فاصله را بررسی کنید.',
    list: 'متقاضیان مناسب',
    pages: 'صفحه‌های متقاضیان مناسب',
    candidate: 'متقاضی {{pseudonym}}',
    openProfile: 'دیدن کل پروفایل',
    backToList: 'بازگشت به فهرست',
    covered: '{{covered}} از {{required}} مهارت لازم',
  },
  mine: {
    nav: 'آگهی‌ها برای من',
    title: 'آگهی‌ها برای من',
    intro:
      'آگهی‌های باز که بیشترین تطابق را با پروفایل شما دارند اول می‌آیند. برای هر کدام نوشته شده چرا مناسب است.',
    forCandidate: 'آگهی‌ها برای {{name}}',
    mentorIntro: 'آگهی‌های باز که بیشترین تطابق را با پروفایل دارند اول می‌آیند – با توضیح.',
    link: 'آگهی‌های مناسب',
    linkNamed: 'آگهی‌های مناسب برای {{name}}',
    total_one: '{{count}} آگهی مناسب',
    total_other: '{{count}} آگهی مناسب',
    empty: 'در حال حاضر هیچ آگهی بازی مناسب نیست. پروفایل خود را کامل کنید یا بعداً دوباره سر بزنید.',
    list: 'آگهی‌های مناسب',
    pages: 'صفحه‌های آگهی‌های مناسب',
    openOffer: 'دیدن آگهی',
    at: 'در {{company}}',
    startsOn: 'شروع {{date}}',
    blocked: {
      may_not_work: 'تا وقتی اجازه کار وجود ندارد، هیچ آگهی‌ای پیشنهاد نمی‌شود.',
      too_far: 'هیچ آگهی‌ای در فاصله‌ای که می‌توانید رفت‌وآمد کنید نیست.',
      german_far_below: 'آگهی‌ها آلمانی بیشتری می‌خواهند.',
    },
  },
};
