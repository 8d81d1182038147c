import { Box, Container, Group, ThemeIcon } from '@mantine/core';
import { IconPuzzle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitcher } from '../language-switcher';
import classes from './layout.module.css';

export interface AppHeaderProps {
  end?: ReactNode;
}

export function AppHeader({ end }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Box component="header" className={classes.header}>
      <Container size="lg" py="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group renderRoot={(props) => <Link to="/" {...props} />} gap="sm" wrap="nowrap" className={classes.brand}>
            <ThemeIcon size={40} radius="md" aria-hidden="true">
              <IconPuzzle size={24} stroke={1.8} />
            </ThemeIcon>
            <Box miw={0}>
              <div className={classes.brandName} lang="de" dir="ltr">
                Passgenau
              </div>
              <div className={classes.tagline}>{t('app.tagline')}</div>
            </Box>
          </Group>
          <Group gap="xs" wrap="nowrap" flex="none" ms="auto">
            <LanguageSwitcher />
            {end}
          </Group>
        </Group>
      </Container>
    </Box>
  );
}
