import 'i18next';
import type { Catalogue } from '@passgenau/i18n';

// Type-checked translation keys: t('explorer.title') compiles, t('explorer.titel') does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
    returnNull: false;
  }
}
