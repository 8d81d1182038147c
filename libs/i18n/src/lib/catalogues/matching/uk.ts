import type { Localized } from '../../catalogue';
import type { matchingDe } from './de';

export const matchingUk: Localized<typeof matchingDe> = {
  title: 'Чому це підходить',
  score: 'Збіг {{percent}} %',
  scoreLabel: 'Збіг',
  sections: {
    required: 'Обовʼязкові компетенції',
    niceToHave: 'Бажані компетенції',
    language: 'Німецька мова',
    distance: 'Відстань',
    availability: 'Початок',
    wishes: 'Побажання',
    workPermit: 'Дозвіл на роботу',
  },
  evidence: {
    self: 'вказано самостійно',
    mentor: 'підтверджено наставником (Messepate)',
    assessed: 'показано під час оцінювання компетенцій',
    confirmed: 'підтверджено командою IBA',
  },
  competences: {
    covered: 'є',
    related: 'споріднена: {{via}}',
    missing: 'немає',
    none: 'Не вказано.',
    summary: '{{covered}} з {{total}} є',
  },
  language: {
    fit: {
      no_minimum: 'Мінімальний рівень не вимагається.',
      meets: 'Мінімальний рівень досягнуто.',
      slightly_below: 'На один рівень нижче мінімального.',
      below: 'Нижче мінімального рівня.',
      far_below: 'Значно нижче мінімального рівня.',
    },
    strict: 'Мінімальний рівень обовʼязковий.',
    part: '{{part}}: {{actual}}, потрібно {{minimum}}',
    parts: { overall: 'Загалом', understanding: 'Розуміння', speaking: 'Говоріння', writing: 'Письмо' },
    unknownLevel: 'не вказано',
  },
  distance: {
    within: '{{km}} км – у радіусі {{travelKm}} км.',
    stretch: '{{km}} км – трохи далі за радіус {{travelKm}} км.',
    offer_accepts:
      '{{km}} км – далі за {{travelKm}} км; фірма приймає кандидатів з відстані до {{offerMaxKm}} км.',
    beyond: '{{km}} км – задалеко.',
    unknown: 'Відстань невідома.',
  },
  availability: {
    in_time: 'Може почати в день початку, {{startsOn}}.',
    late_one: 'Може почати через {{count}} день після початку, {{startsOn}}.',
    late_few: 'Може почати через {{count}} дні після початку, {{startsOn}}.',
    late_many: 'Може почати через {{count}} днів після початку, {{startsOn}}.',
    late_other: 'Може почати через {{count}} дня після початку, {{startsOn}}.',
    open_start: 'Дата початку відкрита.',
    unknown: 'Найраніший початок не вказано.',
  },
  wishes: {
    kind: {
      wished: 'Такий вид роботи бажаний.',
      not_wished: 'Бажаний інший вид роботи.',
      no_wish: 'Вид роботи не вказано.',
    },
    occupation: {
      occupation: 'Ця професія бажана.',
      field: 'Ця професійна сфера бажана.',
      other: 'Бажана інша професія.',
      no_wish: 'Бажану професію не вказано.',
    },
  },
  workPermit: {
    yes: 'Може працювати.',
    with_approval: 'Може працювати за згодою відомства у справах іноземців.',
    unknown: 'Невідомо – запитайте команду IBA.',
  },
  excluded: {
    may_not_work: 'Наразі не може працювати.',
    too_far: 'Задалеко.',
    german_far_below: 'Німецька значно нижче обовʼязкового мінімального рівня.',
  },
};
