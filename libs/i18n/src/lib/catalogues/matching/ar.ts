import type { Localized } from '../../catalogue';
import type { matchingDe } from './de';

export const matchingAr: Localized<typeof matchingDe> = {
  title: 'لماذا يناسب',
  score: 'تطابق بنسبة {{percent}} %',
  scoreLabel: 'التطابق',
  sections: {
    required: 'الكفاءات المطلوبة',
    niceToHave: 'الكفاءات المرغوب فيها',
    language: 'اللغة الألمانية',
    distance: 'المسافة',
    availability: 'موعد البدء',
    wishes: 'الرغبات',
    workPermit: 'تصريح العمل',
  },
  evidence: {
    self: 'مُصرَّح بها ذاتيًا',
    mentor: 'لاحظها المرافق (Messepate)',
    assessed: 'ظهرت في تقييم الكفاءات',
    confirmed: 'أكّدها فريق IBA',
  },
  competences: {
    covered: 'متوفرة',
    related: 'ذات صلة: {{via}}',
    missing: 'غير متوفرة',
    none: 'لا شيء.',
    summary: '{{covered}} من {{total}} متوفرة',
  },
  language: {
    fit: {
      no_minimum: 'لا يُشترط مستوى أدنى.',
      meets: 'المستوى الأدنى متحقق.',
      slightly_below: 'أقل من المستوى الأدنى بدرجة واحدة.',
      below: 'أقل من المستوى الأدنى.',
      far_below: 'أقل بكثير من المستوى الأدنى.',
    },
    strict: 'المستوى الأدنى إلزامي.',
    part: '{{part}}: {{actual}}، المطلوب {{minimum}}',
    parts: { overall: 'بشكل عام', understanding: 'الفهم', speaking: 'التحدث', writing: 'الكتابة' },
    unknownLevel: 'غير مذكور',
  },
  distance: {
    within: '{{km}} كم – ضمن نطاق {{travelKm}} كم.',
    stretch: '{{km}} كم – أبعد قليلًا من نطاق {{travelKm}} كم.',
    offer_accepts: '{{km}} كم – أبعد من {{travelKm}} كم؛ تقبل الشركة المتقدمين حتى {{offerMaxKm}} كم.',
    beyond: '{{km}} كم – بعيد جدًا.',
    unknown: 'المسافة غير معروفة.',
  },
  availability: {
    in_time: 'يمكن البدء في موعد البدء، {{startsOn}}.',
    late_zero: 'يمكن البدء في موعد البدء، {{startsOn}}.',
    late_one: 'يمكن البدء بعد يوم واحد من موعد البدء، {{startsOn}}.',
    late_two: 'يمكن البدء بعد يومين من موعد البدء، {{startsOn}}.',
    late_few: 'يمكن البدء بعد {{count}} أيام من موعد البدء، {{startsOn}}.',
    late_many: 'يمكن البدء بعد {{count}} يومًا من موعد البدء، {{startsOn}}.',
    late_other: 'يمكن البدء بعد {{count}} يوم من موعد البدء، {{startsOn}}.',
    open_start: 'موعد البدء مفتوح.',
    unknown: 'أقرب موعد للبدء غير مذكور.',
  },
  wishes: {
    kind: {
      wished: 'هذا النوع من العمل مرغوب فيه.',
      not_wished: 'نوع آخر من العمل مرغوب فيه.',
      no_wish: 'لم يُذكر نوع العمل.',
    },
    occupation: {
      occupation: 'هذه المهنة مرغوب فيها.',
      field: 'هذا المجال المهني مرغوب فيه.',
      other: 'مهنة أخرى مرغوب فيها.',
      no_wish: 'لم تُذكر مهنة مرغوبة.',
    },
  },
  workPermit: {
    yes: 'مسموح بالعمل.',
    with_approval: 'مسموح بالعمل بموافقة دائرة الأجانب.',
    unknown: 'غير معروف – اسأل فريق IBA.',
  },
  excluded: {
    may_not_work: 'غير مسموح بالعمل حاليًا.',
    too_far: 'بعيد جدًا.',
    german_far_below: 'مستوى الألمانية أقل بكثير من المستوى الأدنى الإلزامي.',
  },
};
