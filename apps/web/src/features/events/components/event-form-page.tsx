import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { DateField } from '../../../components/date-field';
import { ErrorAlert } from '../../../components/error-alert';
import { FormError } from '../../../components/form-error';
import { PageLoader } from '../../../components/page-loader';
import { apiFieldErrors } from '../../../lib/form-errors';
import {
  EVENT_KINDS,
  parseCodes,
  useCreateEvent,
  useEvent,
  useTowns,
  useUpdateEvent,
  type EventInput,
  type EventItem,
  type EventKind,
} from '../api';

interface InterpreterDraft {
  name: string;
  languages: string;
  fromTime: string;
  toTime: string;
}

interface Draft {
  kind: EventKind;
  title: string;
  description: string;
  townAgs: string;
  venue: string;
  day: string;
  startsAt: string;
  endsAt: string;
  rounds: number | '';
  roundMinutes: number | '';
  breakMinutes: number | '';
  firmCapacity: number | '';
  candidateCapacity: number | '';
  languages: string;
  registrationOpensOn: string;
  registrationClosesOn: string;
  interpreters: InterpreterDraft[];
}

const EMPTY: Draft = {
  kind: 'speed_dating',
  title: '',
  description: '',
  townAgs: '',
  venue: '',
  day: '',
  startsAt: '17:00',
  endsAt: '19:00',
  rounds: 6,
  roundMinutes: 8,
  breakMinutes: 2,
  firmCapacity: 10,
  candidateCapacity: 30,
  languages: 'de',
  registrationOpensOn: '',
  registrationClosesOn: '',
  interpreters: [],
};

function fromEvent(e: EventItem): Draft {
  return {
    kind: e.kind,
    title: e.title,
    description: e.description,
    townAgs: e.townAgs,
    venue: e.venue,
    day: e.day,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    rounds: e.rounds ?? '',
    roundMinutes: e.roundMinutes ?? '',
    breakMinutes: e.breakMinutes,
    firmCapacity: e.firmCapacity,
    candidateCapacity: e.candidateCapacity,
    languages: e.languages.join(', '),
    registrationOpensOn: e.registrationOpensOn ?? '',
    registrationClosesOn: e.registrationClosesOn ?? '',
    interpreters: e.interpreters.map((i) => ({ ...i, languages: i.languages.join(', ') })),
  };
}

function toInput(d: Draft): EventInput {
  const num = (v: number | '') => (v === '' ? undefined : v);
  const speed = d.kind === 'speed_dating';
  return {
    kind: d.kind,
    title: d.title,
    description: d.description,
    townAgs: d.townAgs,
    venue: d.venue,
    day: d.day,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    ...(speed
      ? { rounds: num(d.rounds), roundMinutes: num(d.roundMinutes), breakMinutes: num(d.breakMinutes) }
      : {}),
    firmCapacity: num(d.firmCapacity) as number,
    candidateCapacity: num(d.candidateCapacity) as number,
    languages: parseCodes(d.languages),
    ...(d.registrationOpensOn ? { registrationOpensOn: d.registrationOpensOn } : {}),
    ...(d.registrationClosesOn ? { registrationClosesOn: d.registrationClosesOn } : {}),
    interpreters: d.interpreters.map((i) => ({ ...i, languages: parseCodes(i.languages) })),
  };
}

const FIELDS = [
  'kind',
  'title',
  'description',
  'townAgs',
  'venue',
  'day',
  'startsAt',
  'endsAt',
  'rounds',
  'roundMinutes',
  'breakMinutes',
  'firmCapacity',
  'candidateCapacity',
  'languages',
  'registrationOpensOn',
  'registrationClosesOn',
];

function EventForm({ initial, eventId }: { initial: Draft; eventId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const towns = useTowns();
  const create = useCreateEvent();
  const update = useUpdateEvent(eventId ?? '');
  const mutation = eventId ? update : create;
  const [draft, setDraft] = useState<Draft>(initial);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const interpreterFields = draft.interpreters.flatMap((_, n) =>
    ['name', 'languages', 'fromTime', 'toTime'].map((f) => `interpreters.${n}.${f}`),
  );
  const errors = apiFieldErrors(mutation.error, [...FIELDS, ...interpreterFields]);
  const err = (field: string) => (errors[field] ? t(errors[field]!) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(toInput(draft), { onSuccess: (saved) => navigate(`/events/${saved.id}`) });
  };
  const speed = draft.kind === 'speed_dating';

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {mutation.isError ? <FormError>{t('events.form.error')}</FormError> : null}
        <NativeSelect
          label={t('events.form.kind')}
          value={draft.kind}
          onChange={(e) => set('kind', e.currentTarget.value as EventKind)}
          data={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
          error={err('kind')}
        />
        <TextInput
          label={t('events.form.title')}
          value={draft.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          maxLength={200}
          required
          error={err('title')}
        />
        <Textarea
          label={t('events.form.description')}
          value={draft.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          maxLength={4000}
          autosize
          minRows={2}
          error={err('description')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('events.form.town')}
            value={draft.townAgs}
            onChange={(e) => set('townAgs', e.currentTarget.value)}
            data={[
              { value: '', label: '–' },
              ...(towns.data ?? []).map((town) => ({ value: town.ags, label: town.name })),
            ]}
            required
            error={err('townAgs')}
            miw="14rem"
          />
          <TextInput
            label={t('events.form.venue')}
            description={t('events.form.venueHint')}
            value={draft.venue}
            onChange={(e) => set('venue', e.currentTarget.value)}
            maxLength={200}
            error={err('venue')}
            miw="14rem"
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <DateField
            label={t('events.form.day')}
            value={draft.day}
            onChange={(e) => set('day', e.currentTarget.value)}
            required
            error={err('day')}
            miw="10rem"
          />
          <TextInput
            label={t('events.form.startsAt')}
            value={draft.startsAt}
            onChange={(e) => set('startsAt', e.currentTarget.value)}
            inputMode="numeric"
            maxLength={5}
            required
            error={err('startsAt')}
            miw="8rem"
          />
          <TextInput
            label={t('events.form.endsAt')}
            value={draft.endsAt}
            onChange={(e) => set('endsAt', e.currentTarget.value)}
            inputMode="numeric"
            maxLength={5}
            required
            error={err('endsAt')}
            miw="8rem"
          />
        </Group>
        {speed ? (
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput
              label={t('events.form.rounds')}
              value={draft.rounds}
              onChange={(v) => set('rounds', typeof v === 'number' ? v : '')}
              min={1}
              max={30}
              allowDecimal={false}
              error={err('rounds')}
              miw="8rem"
            />
            <NumberInput
              label={t('events.form.roundMinutes')}
              value={draft.roundMinutes}
              onChange={(v) => set('roundMinutes', typeof v === 'number' ? v : '')}
              min={1}
              max={120}
              allowDecimal={false}
              error={err('roundMinutes')}
              miw="8rem"
            />
            <NumberInput
              label={t('events.form.breakMinutes')}
              value={draft.breakMinutes}
              onChange={(v) => set('breakMinutes', typeof v === 'number' ? v : '')}
              min={0}
              max={60}
              allowDecimal={false}
              error={err('breakMinutes')}
              miw="8rem"
            />
          </Group>
        ) : null}
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            label={t('events.form.firmCapacity')}
            value={draft.firmCapacity}
            onChange={(v) => set('firmCapacity', typeof v === 'number' ? v : '')}
            min={1}
            max={200}
            allowDecimal={false}
            error={err('firmCapacity')}
            miw="8rem"
          />
          <NumberInput
            label={t('events.form.candidateCapacity')}
            value={draft.candidateCapacity}
            onChange={(v) => set('candidateCapacity', typeof v === 'number' ? v : '')}
            min={1}
            max={1000}
            allowDecimal={false}
            error={err('candidateCapacity')}
            miw="8rem"
          />
        </Group>
        <TextInput
          label={t('events.form.languages')}
          description={t('events.form.languagesHint')}
          value={draft.languages}
          onChange={(e) => set('languages', e.currentTarget.value)}
          dir="ltr"
          error={err('languages')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <DateField
            label={t('events.form.registrationOpensOn')}
            value={draft.registrationOpensOn}
            onChange={(e) => set('registrationOpensOn', e.currentTarget.value)}
            error={err('registrationOpensOn')}
            miw="10rem"
          />
          <DateField
            label={t('events.form.registrationClosesOn')}
            value={draft.registrationClosesOn}
            onChange={(e) => set('registrationClosesOn', e.currentTarget.value)}
            error={err('registrationClosesOn')}
            miw="10rem"
          />
        </Group>
        <Fieldset legend={t('events.form.interpreters')}>
          <Stack gap="sm">
            {draft.interpreters.map((interpreter, n) => {
              const setI = (key: keyof InterpreterDraft, value: string) =>
                set(
                  'interpreters',
                  draft.interpreters.map((i, m) => (m === n ? { ...i, [key]: value } : i)),
                );
              return (
                <Paper
                  key={n}
                  withBorder
                  p="sm"
                  radius="md"
                  aria-label={t('events.form.interpreterN', { n: n + 1 })}
                  component="section"
                >
                  <Group grow align="flex-end" wrap="wrap">
                    <TextInput
                      label={t('events.form.interpreterName')}
                      value={interpreter.name}
                      onChange={(e) => setI('name', e.currentTarget.value)}
                      maxLength={100}
                      error={err(`interpreters.${n}.name`)}
                      miw="10rem"
                    />
                    <TextInput
                      label={t('events.form.interpreterLanguages')}
                      value={interpreter.languages}
                      onChange={(e) => setI('languages', e.currentTarget.value)}
                      dir="ltr"
                      error={err(`interpreters.${n}.languages`)}
                      miw="10rem"
                    />
                    <TextInput
                      label={t('events.form.interpreterFrom')}
                      value={interpreter.fromTime}
                      onChange={(e) => setI('fromTime', e.currentTarget.value)}
                      maxLength={5}
                      error={err(`interpreters.${n}.fromTime`)}
                      miw="7rem"
                    />
                    <TextInput
                      label={t('events.form.interpreterTo')}
                      value={interpreter.toTime}
                      onChange={(e) => setI('toTime', e.currentTarget.value)}
                      maxLength={5}
                      error={err(`interpreters.${n}.toTime`)}
                      miw="7rem"
                    />
                    <Button
                      variant="default"
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden="true" />}
                      onClick={() =>
                        set(
                          'interpreters',
                          draft.interpreters.filter((_, m) => m !== n),
                        )
                      }
                      style={{ flexGrow: 0 }}
                    >
                      {t('events.form.removeInterpreter', { n: n + 1 })}
                    </Button>
                  </Group>
                </Paper>
              );
            })}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden="true" />}
                onClick={() =>
                  set('interpreters', [
                    ...draft.interpreters,
                    { name: '', languages: '', fromTime: draft.startsAt, toTime: draft.endsAt },
                  ])
                }
              >
                {t('events.form.addInterpreter')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t(eventId ? 'events.form.save' : 'events.form.create')}
          </Button>
          <Button component={Link} to={eventId ? `/events/${eventId}` : '/events'} variant="default">
            {t('events.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** /events/new (staff) */
export function EventCreatePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={860}>
      <Title order={1}>{t('events.form.createTitle')}</Title>
      <EventForm initial={EMPTY} />
    </Stack>
  );
}

/** /events/:id/edit (staff) */
export function EventEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const event = useEvent(id);
  return (
    <Stack gap="lg" maw={860}>
      <Title order={1}>{t('events.form.editTitle')}</Title>
      {event.isPending ? (
        <PageLoader />
      ) : event.isError ? (
        <ErrorAlert error={event.error} />
      ) : (
        <>
          <Text dir="auto" fw={600}>
            {event.data.title}
          </Text>
          <EventForm initial={fromEvent(event.data)} eventId={id} />
        </>
      )}
    </Stack>
  );
}
