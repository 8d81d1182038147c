import type { Localized } from '../../catalogue';
import type { savedSearchesDe } from './de';

// Texts of saved searches and their alerts.
export const savedSearchesUk: Localized<typeof savedSearchesDe> = {
  save: 'Зберегти цей пошук',
  saved: 'Збережено. Нові результати з’являються у збережених пошуках і раз на день електронною поштою.',
  toList: 'До збережених пошуків',
  name: 'Назва пошуку',
  nameHelp: 'Наприклад, «Склад Вайблінген».',
  saveSubmit: 'Зберегти',
  title: 'Збережені пошуки',
  intro:
    'Ваші збережені пошуки та їхні нові результати. Електронною поштою — щонайбільше одне повідомлення на день, лише з псевдонімами або назвами пропозицій.',
  listTitle: 'Мої пошуки',
  empty: 'Ви ще не зберегли жодного пошуку. Збережіть його на сторінці пошуку.',
  kinds: { candidates: 'Пошук профілів', offers: 'Пошук пропозицій' },
  savedOn: 'збережено {{date}}',
  alertCount: 'Нові результати: {{count}}',
  showResults: 'Показати результати',
  hideResults: 'Сховати результати',
  results: 'Результати',
  noResults: 'Наразі результатів немає.',
  rename: 'Перейменувати',
  renameSubmit: 'Зберегти назву',
  cancel: 'Скасувати',
  delete: 'Видалити',
  deleteNamed: 'Видалити пошук «{{name}}»',
  alertsTitle: 'Нові результати',
  alertsIntro: 'Що нового відповідає вашим пошукам відтоді, як ви їх зберегли.',
  noAlerts: 'Нових результатів ще немає.',
};
