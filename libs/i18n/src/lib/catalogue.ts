import type { de } from './catalogues/de';

/** The plural categories of CLDR that i18next appends to a key ("total_one", "total_few"). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

// German has the forms "_one" and "_other"; other languages may add more forms of the same key
// (Arabic all six, Ukrainian "_few" and "_many"). The catalogue test checks each has exactly its language's.
type PluralSiblings<T> = {
  [
    K in keyof T as K extends `${infer Base}_other`
      ? `${Base}_${Exclude<PluralCategory, 'one' | 'other'>}`
      : never
  ]?: string;
};

/** A catalogue part in another language: German's keys, and more plural forms where the language has them. */
export type Localized<T> = T extends string
  ? string
  : { [K in keyof T]: Localized<T[K]> } & PluralSiblings<T>;

/** The shape of one language's texts. German defines it; every other catalogue must match it key for key. */
export type Catalogue = Localized<typeof de>;
