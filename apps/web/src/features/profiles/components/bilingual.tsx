import { Text } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../../lib/i18n';

/** Bilingual mode: labels in the interface language with the German beside them. */
export const BilingualContext = createContext(false);

/** Text of a key in the interface language and, in bilingual mode, in German beside it. */
export function useBi() {
  const { t, i18n } = useTranslation();
  const bilingual = useContext(BilingualContext);
  const language = useUiLanguage();
  const tDe = i18n.getFixedT('de');
  return (key: ParseKeys, options?: Record<string, unknown>): ReactNode => {
    const own = String(t(key as never, options as never));
    if (!bilingual || language === 'de') return own;
    return (
      <>
        {own}{' '}
        <Text component="span" inherit c="dimmed" lang="de" dir="ltr" data-bilingual="de">
          · {String(tDe(key as never, options as never))}
        </Text>
      </>
    );
  };
}
