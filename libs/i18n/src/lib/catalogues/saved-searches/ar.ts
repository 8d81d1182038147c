import type { Localized } from '../../catalogue';
import type { savedSearchesDe } from './de';

// Texts of saved searches and their alerts.
export const savedSearchesAr: Localized<typeof savedSearchesDe> = {
  save: 'حفظ هذا البحث',
  saved: 'تم الحفظ. تظهر النتائج الجديدة مع عمليات البحث المحفوظة ومرة واحدة يوميًا بالبريد الإلكتروني.',
  toList: 'إلى عمليات البحث المحفوظة',
  name: 'اسم البحث',
  nameHelp: 'مثلًا „مستودع فايبلينغن“.',
  saveSubmit: 'حفظ',
  title: 'عمليات البحث المحفوظة',
  intro:
    'عمليات البحث المحفوظة ونتائجها الجديدة. تصلك بالبريد الإلكتروني رسالة واحدة في اليوم على الأكثر، بأسماء مستعارة أو عناوين عروض فقط.',
  listTitle: 'عمليات بحثي',
  empty: 'لم تحفظ أي بحث بعد. احفظ بحثًا في صفحة البحث.',
  kinds: { candidates: 'بحث عن ملفات شخصية', offers: 'بحث عن عروض' },
  savedOn: 'حُفظ في {{date}}',
  alertCount: 'نتائج جديدة: {{count}}',
  showResults: 'عرض النتائج',
  hideResults: 'إخفاء النتائج',
  results: 'النتائج',
  noResults: 'لا توجد نتائج حاليًا.',
  rename: 'إعادة التسمية',
  renameSubmit: 'حفظ الاسم',
  cancel: 'إلغاء',
  delete: 'حذف',
  deleteNamed: 'حذف البحث „{{name}}“',
  alertsTitle: 'نتائج جديدة',
  alertsIntro: 'ما يطابق عمليات بحثك حديثًا منذ حفظها.',
  noAlerts: 'لا توجد نتائج جديدة بعد.',
};
