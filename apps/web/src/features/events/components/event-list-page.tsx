import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useSession } from '../../auth/session/session-context';
import { useEvents, type EventItem } from '../api';
import { isEventStaff } from './event-roles';

export function EventStatusBadge({ status }: { status: EventItem['status'] }) {
  const { t } = useTranslation();
  const color = { draft: 'gray', open: 'teal', closed: 'orange', held: 'blue' }[status];
  return (
    <Badge variant="light" color={color}>
      {t(`events.status.${status}`)}
    </Badge>
  );
}

/** /events: the events by day (staff also drafts, with "new event"). */
export function EventListPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { account } = useSession();
  const events = useEvents();
  const staff = isEventStaff(account?.role);

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4} flex="1 1 20rem">
          <Title order={1}>{t('events.list.title')}</Title>
          <Text c="dimmed">{t(staff ? 'events.list.staffIntro' : 'events.list.intro')}</Text>
        </Stack>
        {staff ? (
          <Button
            component={Link}
            to="/events/new"
            leftSection={<IconCalendarPlus size={18} aria-hidden="true" />}
          >
            {t('events.list.create')}
          </Button>
        ) : null}
      </Group>
      {events.isPending ? (
        <PageLoader />
      ) : events.isError ? (
        <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.length === 0 ? (
        <Text>{t('events.list.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {events.data.map((event) => (
            <Paper component="li" key={event.id} withBorder radius="md" p="md">
              <Stack gap={6}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Group gap="xs" wrap="nowrap" miw={0}>
                    <IconCalendarEvent size={22} aria-hidden="true" />
                    <Anchor
                      component={Link}
                      to={`/events/${event.id}`}
                      fw={600}
                      dir="auto"
                      aria-label={t('events.list.details', { title: event.title })}
                    >
                      {event.title}
                    </Anchor>
                  </Group>
                  <EventStatusBadge status={event.status} />
                </Group>
                <Text fz="sm">
                  {t(`events.kinds.${event.kind}`)} · {event.townName}
                  {event.venue ? ` · ${event.venue}` : ''}
                </Text>
                <Text fz="sm">
                  {t('events.list.when', {
                    day: formatDate(event.day, language),
                    from: event.startsAt,
                    to: event.endsAt,
                  })}
                </Text>
                <Text fz="sm" c="dimmed">
                  {t('events.list.places', {
                    firms: event.firmsConfirmed,
                    firmCapacity: event.firmCapacity,
                    candidates: event.candidatesConfirmed,
                    candidateCapacity: event.candidateCapacity,
                  })}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
