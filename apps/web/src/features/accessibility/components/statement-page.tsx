import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { SectionCard } from '../../../components/section-card';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { BarrierForm } from './barrier-form';

/** The day this statement was made and last reviewed (change it with every review). */
export const STATEMENT_DATE = '2026-12-01';

// The conciliation office of Baden-Württemberg for barriers of public bodies (§ 10b L-BGG), in its own words.
const CONCILIATION_NAME = 'Schlichtungsstelle beim Landeszentrum Barrierefreiheit Baden-Württemberg (LZ-BARR)';
const CONCILIATION_ADDRESS = 'Else-Josenhans-Straße 6, 70173 Stuttgart';
const CONCILIATION_URL = 'https://barrierefreiheit-bw.de/barrierefreiheitdurchsetzen/schlichtungsantrag';

const GAPS = ['signLanguage', 'printouts', 'userLanguage', 'translations', 'screenReaders'] as const;

/** /accessibility: the accessibility statement (L-BGG BW § 10, BITV 2.0) with the "report a barrier" form. */
export function StatementPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const date = formatDate(STATEMENT_DATE, language);

  return (
    <Stack gap="lg" maw={820}>
      <Stack gap={6}>
        <Title order={1}>{t('a11yStatement.title')}</Title>
        <Text>{t('a11yStatement.intro')}</Text>
        <Text>{t('a11yStatement.scope')}</Text>
      </Stack>

      <Stack gap={6} component="section" aria-labelledby="statement-status">
        <Title order={2} fz="h3" id="statement-status">
          {t('a11yStatement.statusTitle')}
        </Title>
        <Text>{t('a11yStatement.status')}</Text>
      </Stack>

      <Stack gap={6} component="section" aria-labelledby="statement-gaps">
        <Title order={2} fz="h3" id="statement-gaps">
          {t('a11yStatement.gapsTitle')}
        </Title>
        <List spacing={6}>
          {GAPS.map((gap) => (
            <List.Item key={gap}>{t(`a11yStatement.gaps.${gap}`)}</List.Item>
          ))}
        </List>
      </Stack>

      <Stack gap={6} component="section" aria-labelledby="statement-method">
        <Title order={2} fz="h3" id="statement-method">
          {t('a11yStatement.methodTitle')}
        </Title>
        <Text>{t('a11yStatement.method')}</Text>
        <Title order={3} fz="md" mt="xs">
          {t('a11yStatement.dateTitle')}
        </Title>
        <Text data-testid="statement-date">{t('a11yStatement.date', { date })}</Text>
      </Stack>

      <SectionCard title={t('a11yStatement.feedbackTitle')} description={t('a11yStatement.feedback')}>
        <BarrierForm initialPage={typeof from === 'string' && from !== '/accessibility' ? from : ''} />
      </SectionCard>

      <Stack gap={6} component="section" aria-labelledby="statement-enforcement">
        <Title order={2} fz="h3" id="statement-enforcement">
          {t('a11yStatement.enforcementTitle')}
        </Title>
        <Text>{t('a11yStatement.enforcement')}</Text>
        <Text>
          {language !== 'de' ? <>{t('a11yStatement.enforcementOriginal')} </> : null}
          <bdi lang="de">
            <strong>{CONCILIATION_NAME}</strong>
          </bdi>
        </Text>
        <Text>
          <bdi lang="de">{CONCILIATION_ADDRESS}</bdi>
        </Text>
        <Text>
          {t('a11yStatement.enforcementWeb')}:{' '}
          <Anchor href={CONCILIATION_URL} target="_blank" rel="noopener noreferrer" dir="ltr" underline="always">
            barrierefreiheit-bw.de
          </Anchor>
        </Text>
      </Stack>
    </Stack>
  );
}
