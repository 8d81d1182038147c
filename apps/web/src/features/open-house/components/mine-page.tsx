import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useJobFairs, useMyDays } from '../api';

/** /my-open-house (candidates, mentors): the days and fairs I take part in. */
export function MyOpenHousePage({ role }: { role: 'candidate' | 'mentor' }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const days = useMyDays(role === 'candidate');
  const fairs = useJobFairs();
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('openHouse.mine.title')}</Title>
      {role === 'candidate' ? (
        <Paper component="section" withBorder p="md" aria-labelledby="mine-days">
          <Stack gap="xs">
            <Title order={2} fz="h3" id="mine-days">
              {t('openHouse.mine.days')}
            </Title>
            {days.isPending ? (
              <PageLoader />
            ) : days.isError ? (
              <ErrorAlert error={days.error} onRetry={() => void days.refetch()} />
            ) : days.data.length === 0 ? (
              <Text c="dimmed">{t('openHouse.mine.empty')}</Text>
            ) : (
              <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
                {days.data.map((d) => (
                  <li key={d.id}>
                    <Anchor component={Link} to={`/open-house/days/${d.id}/route`} dir="auto">
                      {t('openHouse.mine.route', { title: d.title })}
                    </Anchor>{' '}
                    <Text span c="dimmed" fz="sm">
                      {formatDate(d.date, language)}
                    </Text>
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        </Paper>
      ) : null}
      <Paper component="section" withBorder p="md" aria-labelledby="mine-fairs">
        <Stack gap="xs">
          <Title order={2} fz="h3" id="mine-fairs">
            {t('openHouse.mine.fairs')}
          </Title>
          {fairs.isPending ? (
            <PageLoader />
          ) : fairs.isError ? (
            <ErrorAlert error={fairs.error} onRetry={() => void fairs.refetch()} />
          ) : fairs.data.length === 0 ? (
            <Text c="dimmed">{t('openHouse.mine.empty')}</Text>
          ) : (
            <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
              {fairs.data.map((f) => (
                <li key={f.id}>
                  <Anchor
                    component={Link}
                    to={`/open-house/fairs/${f.id}/${role === 'mentor' ? 'group' : 'plan'}`}
                    dir="auto"
                  >
                    {t(role === 'mentor' ? 'openHouse.mine.group' : 'openHouse.mine.plan', {
                      title: f.title,
                    })}
                  </Anchor>{' '}
                  <Text span c="dimmed" fz="sm">
                    {formatDate(f.date, language)}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
