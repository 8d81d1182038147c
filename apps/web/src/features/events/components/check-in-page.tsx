import { Anchor, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowsShuffle, IconCheck, IconUserPlus, IconUserX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import {
  useAttendance,
  useCandidateLookup,
  useCheckInByCode,
  useEvent,
  useRegistrations,
  useReplan,
  useSchedule,
  useWalkIn,
} from '../api';
import { RegistrationState } from './event-detail-page';

const REFRESH_MS = 15_000;

function LivePlan({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const schedule = useSchedule(eventId, true, REFRESH_MS);
  if (schedule.isPending) return <PageLoader />;
  if (schedule.isError) return <ErrorAlert error={schedule.error} />;
  const rounds = [...new Set(schedule.data.meetings.map((m) => m.round))].sort((a, b) => a - b);
  return (
    <Stack component="section" gap="xs" aria-labelledby="check-in-live">
      <Title order={2} fz="h3" id="check-in-live">
        {t('events.checkIn.live')}
      </Title>
      {rounds.length === 0 ? <Text c="dimmed">{t('events.schedule.none')}</Text> : null}
      {rounds.map((round) => (
        <Paper
          key={round}
          withBorder
          radius="md"
          p="sm"
          component="section"
          aria-label={t('events.plan.roundN', { n: round })}
        >
          <Text fw={600}>{t('events.plan.roundN', { n: round })}</Text>
          <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
            {schedule.data.meetings
              .filter((m) => m.round === round)
              .sort((a, b) => a.tableNumber - b.tableNumber)
              .map((m) => (
                <Text component="li" key={`${m.firmRegistrationId}-${m.round}`} fz="sm">
                  {t('events.plan.tableN', { n: m.tableNumber })}: <bdi>{m.candidateLabel}</bdi>
                </Text>
              ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function WalkIn({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useCandidateLookup(q);
  const walkIn = useWalkIn(eventId);
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="check-in-walk-in">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="check-in-walk-in">
          {t('events.checkIn.walkInTitle')}
        </Title>
        <TextInput
          label={t('events.checkIn.walkInSearch')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          maxLength={100}
        />
        {found.isError ? <ErrorAlert error={found.error} /> : null}
        {walkIn.isError ? <ErrorAlert error={walkIn.error} /> : null}
        {(found.data ?? []).slice(0, 8).map((c) => (
          <Button
            key={c.id}
            variant="light"
            justify="flex-start"
            leftSection={<IconUserPlus size={18} aria-hidden="true" />}
            loading={walkIn.isPending && walkIn.variables === c.id}
            onClick={() => walkIn.mutate(c.id, { onSuccess: () => setQ('') })}
          >
            {t('events.checkIn.walkInAdd', { name: `${c.givenName} ${c.familyName}` })}
          </Button>
        ))}
      </Stack>
    </Paper>
  );
}

/** /events/:id/check-in (staff, phone first): check in by code or name, no-shows, walk-ins, re-plan, live plan. */
export function CheckInPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const event = useEvent(id);
  const [code, setCode] = useState('');
  const [q, setQ] = useState('');
  const [fromRound, setFromRound] = useState<number | ''>('');
  const byCode = useCheckInByCode(id);
  const attendance = useAttendance(id);
  const replan = useReplan(id);
  const registrations = useRegistrations(id, q.trim(), { refetchInterval: REFRESH_MS });
  const rows = (registrations.data ?? []).filter((r) => r.status === 'confirmed');

  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) byCode.mutate(code.trim(), { onSuccess: () => setCode('') });
  };

  if (event.isPending) return <PageLoader />;
  if (event.isError) return <ErrorAlert error={event.error} />;

  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to={`/events/${id}`} dir="auto">
        {event.data.title}
      </Anchor>
      <Title order={1}>{t('events.checkIn.title')}</Title>

      <Paper component="section" withBorder radius="md" p="md" aria-label={t('events.checkIn.codeLabel')}>
        <form onSubmit={submitCode}>
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('events.checkIn.codeLabel')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
              maxLength={12}
              autoCapitalize="characters"
              autoComplete="off"
              dir="ltr"
              flex="1 1 10rem"
              size="md"
            />
            <Button
              type="submit"
              size="md"
              loading={byCode.isPending}
              leftSection={<IconCheck size={18} aria-hidden="true" />}
            >
              {t('events.checkIn.codeSubmit')}
            </Button>
          </Group>
        </form>
        {byCode.isError ? <ErrorAlert error={byCode.error} /> : null}
        {byCode.isSuccess ? (
          <Text role="status" mt="xs">
            {t('events.checkIn.checkedInName', { name: byCode.data.name })}
          </Text>
        ) : null}
      </Paper>

      <Stack component="section" gap="sm" aria-labelledby="check-in-people">
        <Title order={2} fz="h3" id="check-in-people">
          {t('events.detail.registrations')}
        </Title>
        <TextInput
          label={t('events.checkIn.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          maxLength={100}
          size="md"
          type="search"
        />
        {attendance.isError ? <ErrorAlert error={attendance.error} /> : null}
        {registrations.isPending ? (
          <PageLoader />
        ) : registrations.isError ? (
          <ErrorAlert error={registrations.error} />
        ) : rows.length === 0 ? (
          <Text c="dimmed">{t('events.checkIn.noResults')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {rows.map((r) => (
              <Paper component="li" key={r.id} withBorder radius="md" p="sm">
                <Stack gap={6}>
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Text fw={600} dir="auto">
                      {r.name}
                    </Text>
                    <bdi dir="ltr">{r.code}</bdi>
                  </Group>
                  <RegistrationState registration={r} />
                  <Group gap="xs" wrap="wrap">
                    <Button
                      variant={r.checkedInAt ? 'filled' : 'light'}
                      leftSection={<IconCheck size={18} aria-hidden="true" />}
                      onClick={() => attendance.mutate({ registrationId: r.id, what: 'check-in' })}
                      aria-label={`${t('events.checkIn.checkIn')}: ${r.name}`}
                      flex="1 1 9rem"
                    >
                      {t('events.checkIn.checkIn')}
                    </Button>
                    <Button
                      variant={r.noShowAt ? 'filled' : 'light'}
                      color="red"
                      leftSection={<IconUserX size={18} aria-hidden="true" />}
                      onClick={() => attendance.mutate({ registrationId: r.id, what: 'no-show' })}
                      aria-label={`${t('events.checkIn.noShow')}: ${r.name}`}
                      flex="1 1 11rem"
                    >
                      {t('events.checkIn.noShow')}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>

      <WalkIn eventId={id} />

      <Paper component="section" withBorder radius="md" p="md" aria-labelledby="check-in-replan">
        <Stack gap="sm">
          <Title order={2} fz="h3" id="check-in-replan">
            {t('events.checkIn.replanTitle')}
          </Title>
          <Text fz="sm">{t('events.checkIn.replanHint')}</Text>
          <Group align="flex-end" gap="xs" wrap="wrap">
            <NumberInput
              label={t('events.checkIn.replanFrom')}
              value={fromRound}
              onChange={(v) => setFromRound(typeof v === 'number' ? v : '')}
              min={1}
              max={(event.data.rounds ?? 1) + 1}
              allowDecimal={false}
              flex="1 1 10rem"
            />
            <Button
              loading={replan.isPending}
              leftSection={<IconArrowsShuffle size={18} aria-hidden="true" />}
              onClick={() => replan.mutate(fromRound === '' ? undefined : fromRound)}
            >
              {t('events.checkIn.replan')}
            </Button>
          </Group>
          {replan.isError ? <ErrorAlert error={replan.error} /> : null}
          {replan.isSuccess ? (
            <Text role="status">{t('events.checkIn.replanned', { n: replan.data.moved ?? 0 })}</Text>
          ) : null}
        </Stack>
      </Paper>

      <LivePlan eventId={id} />
    </Stack>
  );
}
