import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload, IconFileStack, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { OFFER_KINDS, pickLabel, type OfferKind } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { FormError } from '../../../components/form-error';
import { PageLoader } from '../../../components/page-loader';
import { LISTING_LANGUAGE, UserText } from '../../../components/user-text';
import { api, unwrap } from '../../../lib/api';
import { useFocusInvalid } from '../../../lib/focus-invalid';
import { apiFieldErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { CompetencePicker, OccupationPicker } from '../../jobs/components/concept-pickers';
import type { ConceptRef } from '../../jobs/api/schemas';
import {
  fetchPrintJobFile,
  useAddGuestFirm,
  useMatchFirms,
  usePrintJobs,
  useRemoveGuestFirm,
  useStartPrintJob,
  type MatchFirm,
  type PrintJob,
} from '../api/event-print-api';
import { PrintButton, save } from './print-button';

export interface EventPrintoutsProps {
  event: { id: string; title: string; kind: string; status: string };
}

function conceptNames(concepts: ConceptRef[], language: ReturnType<typeof useUiLanguage>): string {
  return concepts.map((c) => pickLabel(c.labels, language)?.text ?? c.code).join(' · ');
}

function FirmCard({ eventId, firm, canRemove }: { eventId: string; firm: MatchFirm; canRemove: boolean }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const remove = useRemoveGuestFirm(eventId);
  const guest = firm.source === 'guest';
  return (
    <Paper component="li" withBorder radius="md" p="sm" data-firm={firm.id}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={700}>
            <UserText lang={null}>{firm.name}</UserText>
          </Text>
          <Badge variant="light" color={guest ? 'orange' : 'blue'}>
            {t(guest ? 'print.eventLists.guest' : 'print.eventLists.registered')}
          </Badge>
        </Group>
        {guest ? (
          <Text fz="sm">
            {t('print.eventLists.looksFor', { occupations: conceptNames(firm.occupations, language) })}
            {firm.townName ? ` · ${firm.townName}` : ''}
            {firm.offerKind ? ` · ${t(`jobs.kinds.${firm.offerKind}`)}` : ''}
          </Text>
        ) : (
          <Text fz="sm">
            {t('print.eventLists.offers', { offers: '' })}
            {firm.offerTitles.length > 0 ? (
              <UserText lang={LISTING_LANGUAGE}>{firm.offerTitles.join(' · ')}</UserText>
            ) : (
              t('print.eventLists.noOffers')
            )}
          </Text>
        )}
        {guest && firm.competences.length > 0 ? (
          <Text fz="sm">{t('print.eventLists.asksFor', { competences: conceptNames(firm.competences, language) })}</Text>
        ) : null}
        <Group gap="xs" wrap="wrap" align="flex-start">
          <PrintButton
            target={{ kind: 'eventFirmMatches', eventId, firmId: firm.id }}
            ariaLabel={t('print.eventLists.matchListFor', { firm: firm.name })}
          />
          {guest && canRemove ? (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden="true" />}
              loading={remove.isPending}
              onClick={() => remove.mutate(firm.id)}
              aria-label={t('print.eventLists.removeFor', { firm: firm.name })}
            >
              {t('print.eventLists.remove')}
            </Button>
          ) : null}
        </Group>
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      </Stack>
    </Paper>
  );
}

const GUEST_FIELDS = ['name', 'townAgs', 'offerKind', 'occupationCodes', 'occupationCodes.0', 'competenceCodes'];

function GuestFirmForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const add = useAddGuestFirm(eventId);
  const towns = useQuery({
    queryKey: ['towns'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/towns', { signal })),
    staleTime: 60 * 60 * 1000,
  });
  const [name, setName] = useState('');
  const [townAgs, setTownAgs] = useState('');
  const [kind, setKind] = useState<OfferKind>('job');
  const [occupation, setOccupation] = useState<ConceptRef | null>(null);
  const [competences, setCompetences] = useState<ConceptRef[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const { ref, focusInvalid } = useFocusInvalid(add.error);
  const nameRef = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const server = apiFieldErrors(add.error, GUEST_FIELDS);
  const err = (field: string, ...aliases: string[]) => {
    const key = [field, ...aliases].map((f) => server[f]).find(Boolean);
    if (key) return t(key);
    return missing.has(field) ? t('print.eventLists.required') : undefined;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const absent = new Set<string>();
    if (!name.trim()) absent.add('name');
    if (!townAgs) absent.add('townAgs');
    if (!occupation) absent.add('occupationCodes');
    setMissing(absent);
    if (absent.size > 0) return focusInvalid();
    setAdded(null);
    add.mutate(
      {
        name: name.trim(),
        townAgs,
        offerKind: kind,
        occupationCodes: [occupation!.code],
        competenceCodes: competences.map((c) => c.code),
      },
      {
        onSuccess: (firm) => {
          setAdded(firm.name);
          setName('');
          setOccupation(null);
          setCompetences([]);
          // Ready for the next firm that walks in.
          nameRef.current?.focus();
        },
      },
    );
  };

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="guest-firm-title">
      <form ref={ref} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="h3" id="guest-firm-title">
            {t('print.eventLists.addTitle')}
          </Title>
          <Text fz="sm">{t('print.eventLists.addHint')}</Text>
          {add.isError ? <FormError>{t('print.eventLists.addError')}</FormError> : null}
          {added ? (
            <Alert color="green" role="status">
              {t('print.eventLists.added', { firm: added })}
            </Alert>
          ) : null}
          <TextInput
            ref={nameRef}
            label={t('print.eventLists.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={200}
            required
            error={err('name')}
          />
          <Group grow align="flex-start" wrap="wrap">
            <NativeSelect
              label={t('print.eventLists.town')}
              value={townAgs}
              onChange={(e) => setTownAgs(e.currentTarget.value)}
              data={[{ value: '', label: '–' }, ...(towns.data ?? []).map((town) => ({ value: town.ags, label: town.name }))]}
              required
              error={err('townAgs')}
              miw="12rem"
            />
            <NativeSelect
              label={t('print.eventLists.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as OfferKind)}
              data={OFFER_KINDS.map((k) => ({ value: k, label: t(`jobs.kinds.${k}`) }))}
              error={err('offerKind')}
              miw="12rem"
            />
          </Group>
          <OccupationPicker value={occupation} onChange={setOccupation} error={err('occupationCodes', 'occupationCodes.0')} />
          <CompetencePicker
            label={t('print.eventLists.competences')}
            value={competences}
            onChange={setCompetences}
            error={err('competenceCodes')}
          />
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('print.eventLists.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function JobRow({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const download = useMutation({
    mutationFn: () => fetchPrintJobFile(job.id),
    onSuccess: (blob) => save(blob, `passgenau-${job.kind.replace('_', '-')}-${job.id.slice(0, 8)}.pdf`),
  });
  const kind = t(`print.eventLists.kinds.${job.kind}`);
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <Paper component="li" withBorder radius="md" p="sm" data-job={job.id} data-status={job.status}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={700}>{kind}</Text>
          <Badge variant="light" color={job.status === 'done' ? 'green' : job.status === 'failed' ? 'red' : 'gray'}>
            {t(`print.eventLists.statuses.${job.status}`)}
          </Badge>
        </Group>
        <Text fz="sm">
          {t('print.eventLists.requested', { by: job.requestedBy, date: formatDateTime(job.createdAt, language) })}
        </Text>
        {job.status === 'queued' || job.status === 'running' ? (
          <>
            <Progress value={percent} aria-label={t('print.eventLists.progressOf', { kind })} animated />
            <Text fz="sm" aria-live="polite">
              {t('print.eventLists.progress', { done: job.done, total: job.total || '…' })}
            </Text>
          </>
        ) : null}
        {job.status === 'failed' ? (
          <Text fz="sm" c="red.8">
            {job.errorCode && job.errorCode !== 'INTERNAL'
              ? t(`errorCodes.${job.errorCode}`, { defaultValue: t('print.buttons.failed') })
              : t('print.buttons.failed')}
          </Text>
        ) : null}
        {job.status === 'done' ? (
          <Group>
            <Button
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden="true" />}
              loading={download.isPending}
              onClick={() => download.mutate()}
              aria-label={t('print.eventLists.downloadFor', { kind })}
            >
              {t('print.eventLists.download')}
            </Button>
          </Group>
        ) : null}
        {download.isError ? <ErrorAlert error={download.error} onRetry={() => download.mutate()} /> : null}
      </Stack>
    </Paper>
  );
}

function Batches({ event }: EventPrintoutsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const jobs = usePrintJobs(event.id);
  const start = useStartPrintJob(event.id);
  const [top, setTop] = useState('10');
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="print-batches-title">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="print-batches-title">
          {t('print.eventLists.batchesTitle')}
        </Title>
        <Text fz="sm">{t('print.eventLists.batchesHint')}</Text>
        <Group gap="xs" wrap="wrap" align="flex-end">
          <NativeSelect
            label={t('print.eventLists.top')}
            value={top}
            onChange={(e) => setTop(e.currentTarget.value)}
            data={['5', '10', '20', '30']}
          />
          <Button
            leftSection={<IconFileStack size={16} aria-hidden="true" />}
            loading={start.isPending && start.variables?.kind === 'event_match_lists'}
            onClick={() => start.mutate({ kind: 'event_match_lists', top: Number(top), lang: language })}
          >
            {t('print.eventLists.startMatchLists')}
          </Button>
          {event.kind === 'speed_dating' ? (
            <Button
              variant="light"
              loading={start.isPending && start.variables?.kind === 'event_everything'}
              onClick={() => start.mutate({ kind: 'event_everything', lang: language })}
            >
              {t('print.eventLists.startEverything')}
            </Button>
          ) : null}
        </Group>
        {start.isError ? <ErrorAlert error={start.error} /> : null}
        {jobs.isPending ? (
          <PageLoader />
        ) : jobs.isError ? (
          <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />
        ) : jobs.data.length === 0 ? (
          <Text c="dimmed">{t('print.eventLists.noJobs')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('print.eventLists.batchesTitle')}>
            {jobs.data.map((job) => (
              <JobRow key={job.id} job={job} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Printouts of an event for staff (issue 12): the match list of each firm — registered or entered
 * on the spot at an employer information event — and print batches made ahead on the job queue.
 */
export function EventPrintouts({ event }: EventPrintoutsProps) {
  const { t } = useTranslation();
  const firms = useMatchFirms(event.id);
  const canAdd = event.kind === 'iba_info' && event.status !== 'held';
  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={`/events/${event.id}`}>
        {t('print.eventLists.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('print.eventLists.title')}</Title>
        <Text fz="lg">
          <UserText lang={null}>{event.title}</UserText>
        </Text>
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="event-firms-title">
        <Title order={2} fz="h3" id="event-firms-title">
          {t('print.eventLists.firms')}
        </Title>
        {firms.isPending ? (
          <PageLoader />
        ) : firms.isError ? (
          <ErrorAlert error={firms.error} onRetry={() => void firms.refetch()} />
        ) : firms.data.length === 0 ? (
          <Text c="dimmed">{t('print.eventLists.noFirms')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="event-firms-title">
            {firms.data.map((firm) => (
              <FirmCard key={firm.id} eventId={event.id} firm={firm} canRemove={event.status !== 'held'} />
            ))}
          </Stack>
        )}
      </Stack>
      {canAdd ? <GuestFirmForm eventId={event.id} /> : null}
      <Batches event={event} />
    </Stack>
  );
}
