import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { textDirection } from '@passgenau/domain';
import { SessionProvider } from '../features/auth/session/session-provider';
import { applyDocumentLanguage, useUiLanguage } from '../lib/i18n';
import { cssVariablesResolver, localizedTheme } from './theme';

/** Keeps <html lang dir> and Mantine's direction in step with the interface language (the window title: app shell). */
function LanguageDirectionSync() {
  const language = useUiLanguage();
  const { setDirection } = useDirection();

  useEffect(() => {
    applyDocumentLanguage(language);
    setDirection(textDirection(language));
  }, [language, setDirection]);

  return null;
}

/** Mantine with the app's theme, whose built-in labels (the close button of dialogs and alerts) follow the UI language. */
function ThemedProvider({ mantineEnv, children }: { mantineEnv: 'default' | 'test'; children: ReactNode }) {
  const { t } = useTranslation();
  const close = t('common.close');
  const scrollableTable = t('common.scrollableTable');
  const theme = useMemo(() => localizedTheme({ close, scrollableTable }), [close, scrollableTable]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env={mantineEnv}>
      {children}
    </MantineProvider>
  );
}

export interface AppProviderProps {
  i18n: I18n;
  queryClient: QueryClient;
  /** 'test' turns off Mantine's transitions and portals. */
  mantineEnv?: 'default' | 'test';
  children: ReactNode;
}

export function AppProvider({ i18n, queryClient, mantineEnv = 'default', children }: AppProviderProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={textDirection(i18n.language)} detectDirection={false}>
        <ThemedProvider mantineEnv={mantineEnv}>
          <LanguageDirectionSync />
          <QueryClientProvider client={queryClient}>
            <SessionProvider>{children}</SessionProvider>
          </QueryClientProvider>
        </ThemedProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
