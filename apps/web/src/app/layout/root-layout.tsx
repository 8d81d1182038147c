import { Box, Container } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { useRouteFocusAndTitle } from './route-focus';
import classes from './layout.module.css';

export interface RootLayoutProps {
  /** What the header shows after the language switcher (the sign-in button or the account menu). */
  headerEnd?: ReactNode;
}

export function RootLayout({ headerEnd }: RootLayoutProps) {
  const { t } = useTranslation();
  const main = useRef<HTMLDivElement>(null);
  useRouteFocusAndTitle(main);
  return (
    <Box className={classes.page}>
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppHeader end={headerEnd} />
      <Container component="main" ref={main} id="main" tabIndex={-1} size="lg" py="xl" className={classes.main}>
        <Outlet />
      </Container>
      <AppFooter />
    </Box>
  );
}
