import type { Localized } from '../../catalogue';
import type { reportsDe } from './de';

// Texts of the district report (coordinators, IBA staff).
export const reportsFa: Localized<typeof reportsDe> = {
  nav: 'گزارش شهرستان',
  title: 'گزارش شهرستان',
  intro:
    'ارقام بدون داده‌های شخصی. مقادیر کمتر از ۵ نشان داده نمی‌شوند («<5»)؛ جایی که بتوان مقدار کوچکی را از جمع محاسبه کرد، مقدار دیگری هم پنهان می‌شود.',
  filters: 'انتخاب',
  groupBy: 'تفکیک بر اساس',
  groupings: { month: 'ماه', town: 'شهر', field: 'حوزهٔ شغلی' },
  from: 'از (ماه)',
  to: 'تا (ماه)',
  town: 'شهر',
  allTowns: 'همهٔ شهرها',
  field: 'حوزهٔ شغلی',
  allFields: 'همهٔ حوزه‌های شغلی',
  measures: {
    publishedProfiles: 'پروفایل‌های منتشرشده',
    employerSearches: 'جست‌وجوهای کارفرمایان',
    contactRequestsSent: 'درخواست‌های تماس فرستاده‌شده',
    contactRequestsAccepted: 'درخواست‌های تماس پذیرفته‌شده',
    contactRequestsDeclined: 'درخواست‌های تماس ردشده',
    outcomesTalk: 'گفت‌وگوها',
    outcomesTrial: 'روزهای آزمایشی / کارآموزی',
    outcomesApprenticeshipContract: 'قراردادهای کارآموزی حرفه‌ای',
    outcomesEmploymentContract: 'قراردادهای کار',
    outcomesEnded: 'پایان‌یافته',
  },
  noTown: 'بدون شهر',
  noField: 'بدون حوزهٔ شغلی',
  total: 'جمع',
  suppressed: '<5',
  suppressedHelp: '<5: کمتر از ۵، یا پنهان تا مقدار کوچکی قابل محاسبه نباشد.',
  tableCaption: 'گزارش از {{from}} تا {{to}}، بر اساس {{grouping}}',
  chartTitle: 'نمودار',
  chartAlt: 'نمودار میله‌ای مقادیر جدول زیر (مقادیر پنهان به‌صورت ۰ رسم شده‌اند). جدول همان ارقام را دارد.',
  chartMeasure: 'در نمودار',
  download: 'دانلود به‌صورت CSV',
};
