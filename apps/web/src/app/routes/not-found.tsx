import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="md">
      <Title order={1}>{t('notFound.title')}</Title>
      <Button component={Link} to="/">
        {t('notFound.back')}
      </Button>
    </Stack>
  );
}
