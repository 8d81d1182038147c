import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  IconArrowsShuffle,
  IconCalendarEvent,
  IconDownload,
  IconPencil,
  IconPrinter,
  IconTable,
} from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import stacked from '../../../components/stacked-table.module.css';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useSession } from '../../auth/session/session-context';
import {
  fetchInstance,
  NEXT_STATUS,
  parseCodes,
  useCancelRegistration,
  useEvent,
  useEventCandidates,
  useEventFirms,
  useGenerateSchedule,
  useMentorCandidates,
  useMyRegistrations,
  useOwnOffers,
  usePublishSchedule,
  useRegister,
  useRegistrations,
  useSchedule,
  useSetEventStatus,
  useSetWishes,
  type EventItem,
  type Registration,
} from '../api';
import { EventStatusBadge } from './event-list-page';
import { isEventStaff } from './event-roles';
import classes from './events.module.css';

function EventFacts({ event }: { event: EventItem }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Stack gap={4}>
      <Text>
        {t(`events.kinds.${event.kind}`)} · {event.townName}
        {event.venue ? ` · ${event.venue}` : ''}
      </Text>
      <Text>
        {t('events.list.when', {
          day: formatDate(event.day, language),
          from: event.startsAt,
          to: event.endsAt,
        })}
      </Text>
      {event.rounds ? (
        <Text>
          {t('events.detail.rounds', {
            rounds: event.rounds,
            minutes: event.roundMinutes,
            pause: event.breakMinutes,
          })}
        </Text>
      ) : null}
      <Text>{t('events.detail.languages', { languages: event.languages.join(', ') })}</Text>
      <Text>
        {t('events.detail.window', {
          from: event.registrationOpensOn
            ? formatDate(event.registrationOpensOn, language)
            : t('events.detail.anytime'),
          to: formatDate(event.registrationClosesOn ?? event.day, language),
        })}
      </Text>
      <Text c="dimmed">
        {t('events.list.places', {
          firms: event.firmsConfirmed,
          firmCapacity: event.firmCapacity,
          candidates: event.candidatesConfirmed,
          candidateCapacity: event.candidateCapacity,
        })}
      </Text>
      {event.description ? (
        <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {event.description}
        </Text>
      ) : null}
    </Stack>
  );
}

export function RegistrationState({ registration }: { registration: Registration }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {registration.status === 'waiting' ? (
        <Badge color="orange" variant="light">
          {t('events.detail.waitingN', { n: registration.waitingPosition })}
        </Badge>
      ) : null}
      {registration.walkIn ? <Badge variant="outline">{t('events.detail.walkIn')}</Badge> : null}
      {registration.checkedInAt ? (
        <Badge color="teal" variant="light">
          {t('events.detail.checkedIn')}
        </Badge>
      ) : null}
      {registration.noShowAt ? (
        <Badge color="red" variant="light">
          {t('events.detail.noShow')}
        </Badge>
      ) : null}
    </Group>
  );
}

function RegistrationTable({
  eventId,
  rows,
  caption,
}: {
  eventId: string;
  rows: Registration[];
  caption: string;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table verticalSpacing="xs" captionSide="top" className={stacked.stacked} data-stacked-on-phone="">
        <Table.Caption fw={600} ta="start">
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('events.detail.name')}</Table.Th>
            <Table.Th>{t('events.detail.code')}</Table.Th>
            <Table.Th>{t('events.detail.table')}</Table.Th>
            <Table.Th>{t('events.detail.state')}</Table.Th>
            <Table.Th>{t('events.detail.plan')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td data-label={t('events.detail.name')}>
                <Text dir="auto" fz="sm">
                  {r.name}
                </Text>
              </Table.Td>
              <Table.Td data-label={t('events.detail.code')}>
                <bdi dir="ltr">{r.code}</bdi>
              </Table.Td>
              <Table.Td data-label={t('events.detail.table')}>{r.tableNumber ?? '–'}</Table.Td>
              <Table.Td data-label={t('events.detail.state')}>
                <RegistrationState registration={r} />
              </Table.Td>
              <Table.Td data-label={t('events.detail.plan')}>
                {r.status === 'confirmed' ? (
                  <Anchor
                    component={Link}
                    to={`/events/${eventId}/plans/${r.id}`}
                    fz="sm"
                    className={classes.cellLink}
                  >
                    {t('events.register.planOf', { name: r.name })}
                  </Anchor>
                ) : (
                  '–'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function StaffSection({ event }: { event: EventItem }) {
  const { t } = useTranslation();
  const { account } = useSession();
  // Match lists are read by IBA staff and coordinators (admins manage events, not candidates).
  const printsMatches = account?.role === 'iba_staff' || account?.role === 'coordinator';
  const language = useUiLanguage();
  const registrations = useRegistrations(event.id);
  const speed = event.kind === 'speed_dating';
  const schedule = useSchedule(event.id, speed);
  const status = useSetEventStatus(event.id);
  const generate = useGenerateSchedule(event.id);
  const publish = usePublishSchedule(event.id);
  const next = NEXT_STATUS[event.status];
  const live = (registrations.data ?? []).filter((r) => r.status !== 'cancelled');

  const download = async () => {
    const instance = await fetchInstance(event.id);
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(instance, null, 2)], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = `speed-dating-${event.day}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Stack gap="lg">
      <Group gap="xs" wrap="wrap">
        <Button
          component={Link}
          to={`/events/${event.id}/edit`}
          variant="default"
          leftSection={<IconPencil size={16} aria-hidden="true" />}
        >
          {t('events.detail.edit')}
        </Button>
        {printsMatches ? (
          <Button
            component={Link}
            to={`/events/${event.id}/printouts`}
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden="true" />}
          >
            {t('print.eventLists.open')}
          </Button>
        ) : null}
        {next ? (
          <Button variant="light" loading={status.isPending} onClick={() => status.mutate(next)}>
            {t(`events.detail.toStatus.${next}`)}
          </Button>
        ) : null}
        {speed ? (
          <>
            <Button
              component={Link}
              to={`/events/${event.id}/wall`}
              variant="default"
              leftSection={<IconTable size={16} aria-hidden="true" />}
            >
              {t('events.detail.wallPlan')}
            </Button>
            <Button
              component={Link}
              to={`/events/${event.id}/check-in`}
              variant="default"
              leftSection={<IconArrowsShuffle size={16} aria-hidden="true" />}
            >
              {t('events.detail.checkIn')}
            </Button>
          </>
        ) : null}
      </Group>
      {status.isError ? <ErrorAlert error={status.error} /> : null}

      {speed ? (
        <Paper component="section" withBorder radius="md" p="md" aria-labelledby="event-schedule">
          <Stack gap="sm">
            <Title order={2} fz="h3" id="event-schedule">
              {t('events.schedule.title')}
            </Title>
            {schedule.data && schedule.data.generatedAt ? (
              <Stack gap={4}>
                <Text>{t('events.schedule.meetings', { n: schedule.data.meetings.length })}</Text>
                <Text>
                  {t('events.schedule.score', {
                    score: (schedule.data.score ?? 0).toFixed(2),
                    bound: (schedule.data.bound ?? 0).toFixed(2),
                  })}
                </Text>
                <Text c={schedule.data.publishedAt ? undefined : 'dimmed'}>
                  {schedule.data.publishedAt
                    ? t('events.schedule.publishedAt', {
                        date: formatDateTime(schedule.data.publishedAt, language),
                      })
                    : t('events.schedule.notPublished')}
                </Text>
              </Stack>
            ) : (
              <Text c="dimmed">{t('events.schedule.none')}</Text>
            )}
            {generate.data && generate.data.unreachable.length > 0 ? (
              <Alert color="orange">
                {t('events.schedule.unreachable', { n: generate.data.unreachable.length })}
              </Alert>
            ) : null}
            {generate.isError ? <ErrorAlert error={generate.error} /> : null}
            {publish.isError ? <ErrorAlert error={publish.error} /> : null}
            <Group gap="xs" wrap="wrap">
              {!schedule.data?.publishedAt ? (
                <Button loading={generate.isPending} onClick={() => generate.mutate(undefined)}>
                  {t(schedule.data?.generatedAt ? 'events.schedule.regenerate' : 'events.schedule.generate')}
                </Button>
              ) : null}
              {schedule.data?.generatedAt && !schedule.data.publishedAt ? (
                <Button variant="light" loading={publish.isPending} onClick={() => publish.mutate(undefined)}>
                  {t('events.schedule.publish')}
                </Button>
              ) : null}
              {event.status !== 'draft' ? (
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} aria-hidden="true" />}
                  onClick={() => void download()}
                >
                  {t('events.schedule.exportInstance')}
                </Button>
              ) : null}
            </Group>
          </Stack>
        </Paper>
      ) : null}

      <Stack component="section" gap="sm" aria-labelledby="event-registrations">
        <Title order={2} fz="h3" id="event-registrations">
          {t('events.detail.registrations')}
        </Title>
        {registrations.isPending ? (
          <PageLoader />
        ) : registrations.isError ? (
          <ErrorAlert error={registrations.error} />
        ) : live.length === 0 ? (
          <Text c="dimmed">{t('events.detail.noRegistrations')}</Text>
        ) : (
          <>
            <RegistrationTable
              eventId={event.id}
              rows={live.filter((r) => r.kind === 'firm')}
              caption={t('events.detail.firms')}
            />
            <RegistrationTable
              eventId={event.id}
              rows={live.filter((r) => r.kind === 'candidate')}
              caption={t('events.detail.candidates')}
            />
          </>
        )}
      </Stack>
    </Stack>
  );
}

function MyRegistration({ event, registration }: { event: EventItem; registration: Registration }) {
  const { t } = useTranslation();
  const cancel = useCancelRegistration(event.id);
  const wishes = useSetWishes(event.id);
  const firm = registration.kind === 'firm';
  const firms = useEventFirms(event.id, !firm);
  const candidates = useEventCandidates(event.id, firm && registration.status === 'confirmed');
  const [chosen, setChosen] = useState<string[]>(firm ? registration.mustNot : registration.mustMeet);
  const options = firm
    ? (candidates.data ?? []).map((c) => ({ value: c.label, label: c.label }))
    : (firms.data ?? []).map((f) => ({ value: f.companyId, label: f.name, hint: f.offerTitles.join(', ') }));

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={registration.name}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600} dir="auto">
            {registration.name}
          </Text>
          <RegistrationState registration={registration} />
        </Group>
        <Text>
          {registration.status === 'confirmed'
            ? t('events.register.confirmed')
            : t('events.register.waiting', { n: registration.waitingPosition })}
        </Text>
        <Text>{t('events.register.code', { code: registration.code })}</Text>
        {registration.status === 'confirmed' && event.kind === 'speed_dating' ? (
          <Group>
            <Button
              component={Link}
              to={`/events/${event.id}/plans/${registration.id}`}
              leftSection={<IconCalendarEvent size={18} aria-hidden="true" />}
            >
              {t(firm ? 'events.register.tablePlan' : 'events.register.myPlan')}
            </Button>
          </Group>
        ) : null}
        {event.kind === 'speed_dating' && registration.status === 'confirmed' ? (
          <Stack gap="xs">
            <Checkbox.Group
              label={t(firm ? 'events.wishes.mustNotTitle' : 'events.wishes.mustMeetTitle')}
              description={t(firm ? 'events.wishes.mustNotHint' : 'events.wishes.mustMeetHint')}
              value={chosen}
              onChange={setChosen}
            >
              <Stack gap={6} mt="xs">
                {options.length === 0 ? (
                  <Text c="dimmed" fz="sm">
                    {t(firm ? 'events.wishes.noCandidates' : 'events.wishes.noFirms')}
                  </Text>
                ) : (
                  options.map((o) => <Checkbox key={o.value} value={o.value} label={o.label} />)
                )}
              </Stack>
            </Checkbox.Group>
            {wishes.isError ? <ErrorAlert error={wishes.error} /> : null}
            {wishes.isSuccess ? <Text role="status">{t('events.wishes.saved')}</Text> : null}
            <Group>
              <Button
                variant="light"
                loading={wishes.isPending}
                onClick={() =>
                  wishes.mutate({
                    registrationId: registration.id,
                    ...(firm ? { mustNot: chosen } : { mustMeet: chosen }),
                  })
                }
              >
                {t('events.wishes.save')}
              </Button>
            </Group>
          </Stack>
        ) : null}
        {cancel.isError ? <ErrorAlert error={cancel.error} /> : null}
        <Group>
          <Button
            variant="default"
            color="red"
            loading={cancel.isPending}
            onClick={() => cancel.mutate(registration.id)}
          >
            {t('events.register.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function RegisterForm({
  event,
  role,
  registered,
}: {
  event: EventItem;
  role: string;
  registered: Registration[];
}) {
  const { t } = useTranslation();
  const register = useRegister(event.id);
  const offers = useOwnOffers(role === 'employer');
  const mentees = useMentorCandidates(role === 'mentor');
  const [offerIds, setOfferIds] = useState<string[]>([]);
  const [languages, setLanguages] = useState(role === 'employer' ? 'de' : '');
  const [showFirstName, setShowFirstName] = useState(false);
  const [candidateId, setCandidateId] = useState('');
  const open = (offers.data?.items ?? []).filter((o) => o.status === 'open');
  const menteeChoices = (mentees.data ?? []).filter((m) => !registered.some((r) => r.candidateId === m.id));

  if (role !== 'mentor' && registered.length > 0) return null;
  if (role === 'mentor' && mentees.data && menteeChoices.length === 0) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const codes = parseCodes(languages);
    register.mutate(
      role === 'employer'
        ? { offerIds, ...(codes.length ? { languages: codes } : {}) }
        : {
            ...(role === 'mentor' ? { candidateId } : {}),
            ...(codes.length ? { languages: codes } : {}),
            showFirstName,
          },
      { onSuccess: () => setCandidateId('') },
    );
  };

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="event-register">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} fz="h3" id="event-register">
            {t('events.register.title')}
          </Title>
          <Text>
            {t(
              role === 'employer'
                ? 'events.register.firmIntro'
                : role === 'mentor'
                  ? 'events.register.mentorIntro'
                  : 'events.register.candidateIntro',
            )}
          </Text>
          {role === 'employer' ? (
            <Checkbox.Group label={t('events.register.offers')} value={offerIds} onChange={setOfferIds}>
              <Stack gap={6} mt="xs">
                {open.length === 0 ? (
                  <Text fz="sm" c="dimmed">
                    {t('events.register.noOffers')}
                  </Text>
                ) : (
                  open.map((o) => <Checkbox key={o.id} value={o.id} label={o.title} />)
                )}
              </Stack>
            </Checkbox.Group>
          ) : null}
          {role === 'mentor' ? (
            <NativeSelect
              label={t('events.register.forCandidate')}
              value={candidateId}
              onChange={(e) => setCandidateId(e.currentTarget.value)}
              data={[
                { value: '', label: '–' },
                ...menteeChoices.map((m) => ({ value: m.id, label: `${m.givenName} ${m.familyName}` })),
              ]}
              required
            />
          ) : null}
          <TextInput
            label={t(
              role === 'employer' ? 'events.register.tableLanguages' : 'events.register.spokenLanguages',
            )}
            value={languages}
            onChange={(e) => setLanguages(e.currentTarget.value)}
            dir="ltr"
          />
          {role !== 'employer' ? (
            <Checkbox
              label={t('events.register.showFirstName')}
              checked={showFirstName}
              onChange={(e) => setShowFirstName(e.currentTarget.checked)}
            />
          ) : null}
          {register.isError ? <ErrorAlert error={register.error} /> : null}
          <Group>
            <Button type="submit" loading={register.isPending} disabled={role === 'mentor' && !candidateId}>
              {t('events.register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ParticipantSection({ event, role }: { event: EventItem; role: string }) {
  const { t } = useTranslation();
  const mine = useMyRegistrations(event.id);
  if (mine.isPending) return <PageLoader />;
  if (mine.isError) return <ErrorAlert error={mine.error} />;
  return (
    <Stack gap="md">
      {mine.data.map((r) => (
        <MyRegistration key={r.id} event={event} registration={r} />
      ))}
      {event.registrationOpen ? (
        <RegisterForm event={event} role={role} registered={mine.data} />
      ) : mine.data.length === 0 ? (
        <Text c="dimmed">{t('events.register.closed')}</Text>
      ) : null}
    </Stack>
  );
}

/** /events/:id: the event; staff run it, firms and candidates (and mentors) register and see their plans. */
export function EventDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { account } = useSession();
  const event = useEvent(id);
  if (event.isPending) return <PageLoader />;
  if (event.isError) return <ErrorAlert error={event.error} onRetry={() => void event.refetch()} />;
  const staff = isEventStaff(account?.role);
  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to="/events">
        {t('events.detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={1} dir="auto" flex="1 1 20rem">
          {event.data.title}
        </Title>
        <EventStatusBadge status={event.data.status} />
      </Group>
      <EventFacts event={event.data} />
      {staff ? (
        <StaffSection event={event.data} />
      ) : (
        <ParticipantSection event={event.data} role={account?.role ?? ''} />
      )}
    </Stack>
  );
}
