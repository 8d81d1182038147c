import { Anchor, Box, Container, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../lib/i18n';
import classes from './layout.module.css';

// ESCO's licence asks for this exact credit in English; a translation may stand beside it.
const ESCO_CREDIT = 'This service uses the ESCO classification of the European Commission.';
const KLDB_CREDIT = 'Quelle: Statistik der Bundesagentur für Arbeit, KldB 2010 – überarbeitete Fassung 2020';

export function AppFooter() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Box component="footer" className={classes.footer}>
      <Container size="lg" py="lg">
        <Stack gap={6}>
          <Title order={2} fz="sm" fw={700}>
            {t('footer.dataSources')}
          </Title>
          <Text fz="sm" c="dimmed">
            <span lang="en" dir="ltr">
              {ESCO_CREDIT}
            </span>
          </Text>
          {language !== 'en' ? (
            <Text fz="sm" c="dimmed">
              {t('footer.escoTranslation')}
            </Text>
          ) : null}
          <Text fz="sm" c="dimmed">
            <span lang="de" dir="ltr">
              {KLDB_CREDIT}
            </span>
          </Text>
          <Text fz="sm" c="dimmed">
            <span lang="en" dir="ltr">
              Town coordinates{' '}
              <Anchor href="https://www.openstreetmap.org/copyright" inherit>
                © OpenStreetMap contributors
              </Anchor>{' '}
              (ODbL); population: Zensus 2022
            </span>
          </Text>
          <Group gap="md" mt="xs">
            <Anchor component={Link} to="/showcase" fz="sm">
              {t('jobs.nav.showcase')}
            </Anchor>
            <Anchor href="/api/docs" fz="sm">
              {t('footer.apiDocs')}
            </Anchor>
          </Group>
        </Stack>
      </Container>
    </Box>
  );
}
