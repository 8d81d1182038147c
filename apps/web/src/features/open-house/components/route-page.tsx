import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useRoute } from '../api';

/** /open-house/days/:dayId/route[?candidateId=] (the candidate; their mentor; planning staff): one day's route. */
export function CandidateRoutePage({ dayId, candidateId }: { dayId: string; candidateId?: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const route = useRoute(dayId, candidateId);
  if (route.isPending) return <PageLoader />;
  if (route.isError)
    return (
      <Stack gap="md">
        <Title order={1}>{t('openHouse.route.title')}</Title>
        <ErrorAlert error={route.error} />
      </Stack>
    );
  const data = route.data;
  return (
    <Stack gap="lg" maw={640}>
      <Stack gap={4}>
        <Title order={1}>{t('openHouse.route.title')}</Title>
        <Text fw={600}>
          <bdi>{data.dayTitle}</bdi> · {formatDate(data.date, language)}
        </Text>
        {data.pseudonym ? (
          <Text c="dimmed">
            <bdi>{data.pseudonym}</bdi>
          </Text>
        ) : null}
        <Text>{t('openHouse.route.travel', { mode: t(`openHouse.travel.${data.travelMode}`) })}</Text>
        {data.groupId ? <Text>{t('openHouse.route.withGroup')}</Text> : null}
      </Stack>
      {data.visits.length === 0 ? (
        <Text c="dimmed">{t('openHouse.route.empty')}</Text>
      ) : (
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('openHouse.route.title')}
        >
          {data.visits.map((visit, i) => (
            <Paper component="li" key={`${visit.site}-${visit.start}`} withBorder p="sm" radius="md">
              <Text fz="sm" c="dimmed">
                {t('openHouse.route.visit', { number: i + 1 })}
              </Text>
              <Text fw={700} fz="lg">
                <bdi>
                  {visit.start}–{visit.end}
                </bdi>
              </Text>
              <Text>
                <bdi>{visit.siteName}</bdi> · <bdi>{visit.townName}</bdi>
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
