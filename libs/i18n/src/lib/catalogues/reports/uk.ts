import type { Localized } from '../../catalogue';
import type { reportsDe } from './de';

// Texts of the district report (coordinators, IBA staff).
export const reportsUk: Localized<typeof reportsDe> = {
  nav: 'Звіт району',
  title: 'Звіт району',
  intro:
    'Числа без персональних даних. Значення менше 5 не показуються («<5»); де мале значення можна було б обчислити із суми, приховується ще одне значення.',
  filters: 'Вибір',
  groupBy: 'Розбити за',
  groupings: { month: 'Місяць', town: 'Громада', field: 'Професійна галузь' },
  from: 'Від (місяць)',
  to: 'До (місяць)',
  town: 'Громада',
  allTowns: 'Усі громади',
  field: 'Професійна галузь',
  allFields: 'Усі професійні галузі',
  measures: {
    publishedProfiles: 'Опубліковані профілі',
    employerSearches: 'Пошуки роботодавців',
    contactRequestsSent: 'Надіслані запити на контакт',
    contactRequestsAccepted: 'Прийняті запити на контакт',
    contactRequestsDeclined: 'Відхилені запити на контакт',
    outcomesTalk: 'Співбесіди',
    outcomesTrial: 'Пробні дні / практики',
    outcomesApprenticeshipContract: 'Договори про навчання',
    outcomesEmploymentContract: 'Трудові договори',
    outcomesEnded: 'Завершено',
  },
  noTown: 'Без громади',
  noField: 'Без професійної галузі',
  total: 'Разом',
  suppressed: '<5',
  suppressedHelp: '<5: менше 5 або приховано, щоб мале значення не можна було обчислити.',
  tableCaption: 'Звіт з {{from}} по {{to}}, за ознакою «{{grouping}}»',
  chartTitle: 'Діаграма',
  chartAlt:
    'Стовпчикова діаграма значень з таблиці нижче (приховані значення намальовано як 0). Таблиця містить ті самі числа.',
  chartMeasure: 'На діаграмі',
  download: 'Завантажити як CSV',
};
