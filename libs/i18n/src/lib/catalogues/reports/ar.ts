import type { Localized } from '../../catalogue';
import type { reportsDe } from './de';

// Texts of the district report (coordinators, IBA staff).
export const reportsAr: Localized<typeof reportsDe> = {
  nav: 'تقرير المقاطعة',
  title: 'تقرير المقاطعة',
  intro:
    'أرقام بدون بيانات شخصية. لا تُعرض القيم الأقل من 5 („<5“)؛ وحيث يمكن حساب قيمة صغيرة من المجموع، تُخفى قيمة أخرى.',
  filters: 'الاختيار',
  groupBy: 'التقسيم حسب',
  groupings: { month: 'الشهر', town: 'البلدية', field: 'المجال المهني' },
  from: 'من (شهر)',
  to: 'إلى (شهر)',
  town: 'البلدية',
  allTowns: 'كل البلديات',
  field: 'المجال المهني',
  allFields: 'كل المجالات المهنية',
  measures: {
    publishedProfiles: 'الملفات المنشورة',
    employerSearches: 'عمليات بحث أصحاب العمل',
    contactRequestsSent: 'طلبات التواصل المرسلة',
    contactRequestsAccepted: 'طلبات التواصل المقبولة',
    contactRequestsDeclined: 'طلبات التواصل المرفوضة',
    outcomesTalk: 'المقابلات',
    outcomesTrial: 'أيام التجربة / التدريب',
    outcomesApprenticeshipContract: 'عقود التدريب المهني',
    outcomesEmploymentContract: 'عقود العمل',
    outcomesEnded: 'منتهية',
  },
  noTown: 'بدون بلدية',
  noField: 'بدون مجال مهني',
  total: 'المجموع',
  suppressed: '<5',
  suppressedHelp: '<5: أقل من 5، أو مخفية حتى لا يمكن حساب قيمة صغيرة.',
  tableCaption: 'التقرير من {{from}} إلى {{to}}، حسب {{grouping}}',
  chartTitle: 'رسم بياني',
  chartAlt:
    'رسم بياني بالأعمدة لقيم الجدول أدناه (القيم المخفية مرسومة كـ 0). يحتوي الجدول على الأرقام نفسها.',
  chartMeasure: 'في الرسم البياني',
  download: 'تنزيل كملف CSV',
};
