import { Box, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import classes from './layout.module.css';

export function RootLayout() {
  const { t } = useTranslation();
  return (
    <Box className={classes.page}>
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <Container component="main" id="main" tabIndex={-1} size="lg" py="xl" className={classes.main}>
        <Outlet />
      </Container>
      <AppFooter />
    </Box>
  );
}
