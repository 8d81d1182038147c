import type { Localized } from '../../catalogue';
import type { savedSearchesDe } from './de';

// Texts of saved searches and their alerts.
export const savedSearchesFa: Localized<typeof savedSearchesDe> = {
  save: 'ذخیرهٔ این جست‌وجو',
  saved: 'ذخیره شد. نتایج تازه در جست‌وجوهای ذخیره‌شده و روزی یک بار با ایمیل می‌آیند.',
  toList: 'به جست‌وجوهای ذخیره‌شده',
  name: 'نام جست‌وجو',
  nameHelp: 'مثلاً «انبار وایبلینگن».',
  saveSubmit: 'ذخیره',
  title: 'جست‌وجوهای ذخیره‌شده',
  intro:
    'جست‌وجوهای ذخیره‌شدهٔ شما و نتایج تازهٔ آن‌ها. با ایمیل حداکثر روزی یک پیام می‌آید، فقط با نام‌های مستعار یا عنوان آگهی‌ها.',
  listTitle: 'جست‌وجوهای من',
  empty: 'هنوز جست‌وجویی ذخیره نکرده‌اید. در صفحهٔ جست‌وجو یکی را ذخیره کنید.',
  kinds: { candidates: 'جست‌وجوی پروفایل', offers: 'جست‌وجوی آگهی' },
  savedOn: 'ذخیره در {{date}}',
  alertCount: 'نتایج تازه: {{count}}',
  showResults: 'نمایش نتایج',
  hideResults: 'پنهان کردن نتایج',
  results: 'نتایج',
  noResults: 'فعلاً نتیجه‌ای نیست.',
  rename: 'تغییر نام',
  renameSubmit: 'ذخیرهٔ نام',
  cancel: 'انصراف',
  delete: 'حذف',
  deleteNamed: 'حذف جست‌وجوی «{{name}}»',
  alertsTitle: 'نتایج تازه',
  alertsIntro: 'آنچه از زمان ذخیره تازه با جست‌وجوهای شما جور است.',
  noAlerts: 'هنوز نتیجهٔ تازه‌ای نیست.',
};
