import { Anchor, Box, Container, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../lib/i18n';
import { slot, withSlots } from '../../components/bidi';
import classes from './layout.module.css';

// ESCO's licence asks for this exact credit in English, the Federal Employment Agency for its credit
// in German; a translation stands beside each in the other languages.
const ESCO_CREDIT = 'This service uses the ESCO classification of the European Commission.';
const KLDB_CREDIT = 'Quelle: Statistik der Bundesagentur für Arbeit, KldB 2010 – überarbeitete Fassung 2020';

/** A credit in its required wording: isolated, so its full stop stays at its end in a right-to-left page. */
function Original({ lang, children }: { lang: 'en' | 'de'; children: string }) {
  return (
    <Text fz="sm" c="dimmed" data-credit-original={lang}>
      <bdi lang={lang} dir="ltr">
        {children}
      </bdi>
    </Text>
  );
}

export function AppFooter() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { pathname } = useLocation();
  return (
    <Box component="footer" className={classes.footer}>
      <Container size="lg" py="lg">
        <Stack gap={6}>
          <Title order={2} fz="sm" fw={700}>
            {t('footer.dataSources')}
          </Title>
          <Original lang="en">{ESCO_CREDIT}</Original>
          {language !== 'en' ? (
            <Text fz="sm" c="dimmed">
              {t('footer.escoTranslation')}
            </Text>
          ) : null}
          <Original lang="de">{KLDB_CREDIT}</Original>
          {language !== 'de' ? (
            <Text fz="sm" c="dimmed">
              {t('footer.kldbTranslation')}
            </Text>
          ) : null}
          <Text fz="sm" c="dimmed">
            {withSlots(t('footer.towns', { osm: slot('osm') }), {
              // Isolated: "… OpenStreetMap" would otherwise pull "(ODbL)" into its run in Arabic and Persian.
              osm: (
                <bdi>
                  <Anchor href="https://www.openstreetmap.org/copyright" inherit>
                    {t('footer.osm')}
                  </Anchor>
                </bdi>
              ),
            })}
          </Text>
          <Group gap="md" mt="xs">
            <Anchor component={Link} to="/accessibility" state={{ from: pathname }} fz="sm">
              {t('a11yStatement.footerLink')}
            </Anchor>
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
