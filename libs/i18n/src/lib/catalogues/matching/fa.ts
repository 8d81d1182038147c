import type { Localized } from '../../catalogue';
import type { matchingDe } from './de';

export const matchingFa: Localized<typeof matchingDe> = {
  title: 'چرا مناسب است',
  score: '{{percent}} ٪ تطابق',
  scoreLabel: 'تطابق',
  sections: {
    required: 'مهارت‌های لازم',
    niceToHave: 'مهارت‌های مطلوب',
    language: 'زبان آلمانی',
    distance: 'فاصله',
    availability: 'شروع کار',
    wishes: 'خواسته‌ها',
    workPermit: 'اجازهٔ کار',
  },
  evidence: {
    self: 'اظهار شخصی',
    mentor: 'مشاهده‌شده توسط همراه (Messepate)',
    assessed: 'نشان‌داده‌شده در ارزیابی مهارت',
    confirmed: 'تأییدشده توسط تیم IBA',
  },
  competences: {
    covered: 'دارد',
    related: 'مرتبط: {{via}}',
    missing: 'ندارد',
    none: 'چیزی ذکر نشده.',
    summary: '{{covered}} از {{total}} را دارد',
  },
  language: {
    fit: {
      no_minimum: 'حداقل سطحی لازم نیست.',
      meets: 'حداقل سطح را دارد.',
      slightly_below: 'یک سطح پایین‌تر از حداقل.',
      below: 'پایین‌تر از حداقل سطح.',
      far_below: 'بسیار پایین‌تر از حداقل سطح.',
    },
    strict: 'حداقل سطح الزامی است.',
    part: '{{part}}: {{actual}}، لازم {{minimum}}',
    parts: { overall: 'در کل', understanding: 'فهمیدن', speaking: 'صحبت کردن', writing: 'نوشتن' },
    unknownLevel: 'ذکر نشده',
  },
  distance: {
    within: '{{km}} کیلومتر – در شعاع {{travelKm}} کیلومتر.',
    stretch: '{{km}} کیلومتر – کمی دورتر از شعاع {{travelKm}} کیلومتر.',
    offer_accepts:
      '{{km}} کیلومتر – دورتر از {{travelKm}} کیلومتر؛ شرکت متقاضیان تا {{offerMaxKm}} کیلومتر را می‌پذیرد.',
    beyond: '{{km}} کیلومتر – خیلی دور.',
    unknown: 'فاصله معلوم نیست.',
  },
  availability: {
    in_time: 'می‌تواند در تاریخ شروع، {{startsOn}}، شروع کند.',
    late_one: 'می‌تواند {{count}} روز پس از تاریخ شروع، {{startsOn}}، شروع کند.',
    late_other: 'می‌تواند {{count}} روز پس از تاریخ شروع، {{startsOn}}، شروع کند.',
    open_start: 'تاریخ شروع باز است.',
    unknown: 'زودترین زمان شروع ذکر نشده.',
  },
  wishes: {
    kind: {
      wished: 'این نوع کار مورد علاقه است.',
      not_wished: 'نوع دیگری از کار مورد علاقه است.',
      no_wish: 'نوع کار ذکر نشده.',
    },
    occupation: {
      occupation: 'این شغل مورد علاقه است.',
      field: 'این حوزهٔ شغلی مورد علاقه است.',
      other: 'شغل دیگری مورد علاقه است.',
      no_wish: 'شغل مورد علاقه ذکر نشده.',
    },
  },
  workPermit: {
    yes: 'اجازهٔ کار دارد.',
    with_approval: 'با موافقت ادارهٔ اتباع خارجی اجازهٔ کار دارد.',
    unknown: 'معلوم نیست – از تیم IBA بپرسید.',
  },
  excluded: {
    may_not_work: 'در حال حاضر اجازهٔ کار ندارد.',
    too_far: 'خیلی دور است.',
    german_far_below: 'سطح آلمانی بسیار پایین‌تر از حداقل الزامی است.',
  },
};
