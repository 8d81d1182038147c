import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@passgenau/i18n';

export function IntroSection() {
  const { t } = useTranslation();
  return (
    <Paper
      component="section"
      aria-labelledby="intro-title"
      radius="lg"
      p={{ base: 'lg', sm: 'xl' }}
      bg="cyan.0"
    >
      <Stack gap="md" maw={760}>
        <Title order={1} id="intro-title" fz={{ base: 28, sm: 36 }} lh={1.2}>
          {t('intro.title')}
        </Title>
        <Text fz={{ base: 'md', sm: 'lg' }} lh={1.6}>
          {t('intro.text')}
        </Text>
        <Group gap="xs">
          {LOCALES.map((locale) => (
            <Badge key={locale.code} variant="white" size="lg" radius="sm" tt="none" fw={500}>
              <span lang={locale.code} dir={locale.dir}>
                {locale.nativeName}
              </span>
            </Badge>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
