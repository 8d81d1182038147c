import type { Catalogue } from './catalogue';
import type { LocaleCode } from './languages';
import { ar } from './catalogues/ar';
import { de } from './catalogues/de';
import { en } from './catalogues/en';
import { fa } from './catalogues/fa';
import { uk } from './catalogues/uk';

/** The one i18next namespace; all texts of a language live in one catalogue. */
export const I18N_NAMESPACE = 'translation';

/** Every language's catalogue, keyed by language code. */
export const CATALOGUES: Readonly<Record<LocaleCode, Catalogue>> = { de, en, ar, fa, uk };

/** The catalogues in the form i18next's `resources` option takes. */
export const resources = {
  de: { [I18N_NAMESPACE]: de },
  en: { [I18N_NAMESPACE]: en },
  ar: { [I18N_NAMESPACE]: ar },
  fa: { [I18N_NAMESPACE]: fa },
  uk: { [I18N_NAMESPACE]: uk },
} as const satisfies Record<LocaleCode, Record<typeof I18N_NAMESPACE, Catalogue>>;
