import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useSiteVisitors } from '../api';

/** /open-house/days/:dayId/sites/:siteId (the site's firm, planning staff): visitors per slot. */
export function SiteVisitorsPage({ dayId, siteId }: { dayId: string; siteId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const visitors = useSiteVisitors(dayId, siteId);
  if (visitors.isPending) return <PageLoader />;
  if (visitors.isError)
    return (
      <Stack gap="md">
        <Title order={1}>{t('openHouse.visitors.title')}</Title>
        <ErrorAlert error={visitors.error} />
      </Stack>
    );
  const data = visitors.data;
  return (
    <Stack gap="lg" maw={720}>
      <Stack gap={4}>
        <Title order={1}>{t('openHouse.visitors.title')}</Title>
        <Text fw={600}>
          <bdi>{data.site.name}</bdi> · <bdi>{data.site.townName}</bdi>
        </Text>
        <Text c="dimmed">
          <bdi>{data.dayTitle}</bdi> · {formatDate(data.date, language)}
        </Text>
      </Stack>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {data.slots.map((slot) => (
          <Paper
            component="li"
            key={slot.start}
            withBorder
            p="sm"
            radius="md"
            aria-label={`${slot.start}–${slot.end}`}
          >
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Title order={2} fz="h4">
                  <bdi>
                    {slot.start}–{slot.end}
                  </bdi>
                </Title>
                <Badge variant="light" color={slot.people >= slot.capacity ? 'orange' : 'teal'}>
                  {t('openHouse.visitors.people', { people: slot.people, capacity: slot.capacity })}
                </Badge>
              </Group>
              {slot.visitors.length === 0 ? (
                <Text c="dimmed">{t('openHouse.visitors.none')}</Text>
              ) : (
                <Stack component="ul" gap={6} m={0} ps="md">
                  {slot.visitors.map((v, i) => (
                    <li key={i}>
                      <Text fw={600} component="span" dir="auto">
                        <bdi>{v.name}</bdi>
                      </Text>
                      <Text fz="sm">
                        {t('openHouse.visitors.languages', {
                          languages: v.languages.join(', ').toUpperCase(),
                        })}
                        {v.needsInterpreter
                          ? ` · ${t('openHouse.visitors.interpreter', { language: (v.interpreterLanguage ?? '').toUpperCase() })}`
                          : ''}
                        {v.inGroup ? ` · ${t('openHouse.visitors.group')}` : ''}
                      </Text>
                    </li>
                  ))}
                </Stack>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
      <Anchor component={Link} to="/">
        {t('openHouse.back')}
      </Anchor>
    </Stack>
  );
}
