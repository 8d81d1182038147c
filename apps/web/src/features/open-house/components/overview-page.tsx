import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useCreateJobFair, useCreateOpenHouseDay, useJobFairs, useOpenHouseDays } from '../api';

function CreateForm({ kind }: { kind: 'day' | 'fair' }) {
  const { t } = useTranslation();
  const createDay = useCreateOpenHouseDay();
  const createFair = useCreateJobFair();
  const mutation = kind === 'day' ? createDay : createFair;
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [venue, setVenue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = { onSuccess: () => (setTitle(''), setDate(''), setVenue('')) };
    if (kind === 'day') createDay.mutate({ title, date }, done);
    else createFair.mutate({ title, date, venue }, done);
  };
  return (
    <form onSubmit={submit} aria-label={t(kind === 'day' ? 'openHouse.newDay' : 'openHouse.newFair')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('openHouse.name')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          maxLength={200}
          flex="1 1 14rem"
        />
        <TextInput
          type="date"
          label={t('openHouse.date')}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          required
          flex="0 1 11rem"
        />
        {kind === 'fair' ? (
          <TextInput
            label={t('openHouse.venue')}
            value={venue}
            onChange={(e) => setVenue(e.currentTarget.value)}
            required
            maxLength={200}
            flex="1 1 12rem"
          />
        ) : null}
        <Button type="submit" loading={mutation.isPending}>
          {t('openHouse.create')}
        </Button>
      </Group>
      {mutation.isError ? <ErrorAlert error={mutation.error} /> : null}
    </form>
  );
}

/** /open-house (coordinators, IBA staff, admins): open-house days and job fairs. */
export function OpenHouseOverviewPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const days = useOpenHouseDays();
  const fairs = useJobFairs();
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1}>{t('openHouse.title')}</Title>
        <Text c="dimmed">{t('openHouse.intro')}</Text>
      </Stack>
      <Paper component="section" withBorder p="md" aria-labelledby="oh-days">
        <Stack gap="sm">
          <Title order={2} fz="h3" id="oh-days">
            {t('openHouse.days')}
          </Title>
          <CreateForm kind="day" />
          {days.isPending ? (
            <PageLoader />
          ) : days.isError ? (
            <ErrorAlert error={days.error} onRetry={() => void days.refetch()} />
          ) : days.data.length === 0 ? (
            <Text c="dimmed">{t('openHouse.empty')}</Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {days.data.map((d) => (
                <li key={d.id}>
                  <Anchor component={Link} to={`/open-house/days/${d.id}`} fw={600} dir="auto">
                    {d.title}
                  </Anchor>
                  <Text fz="sm" c="dimmed">
                    {formatDate(d.date, language)} · {t('openHouse.siteCount', { count: d.sites })} ·{' '}
                    {t('openHouse.registrationCount', { count: d.registrations })} ·{' '}
                    {d.plannedAt
                      ? t('openHouse.plannedOn', { date: formatDate(d.plannedAt, language) })
                      : t('openHouse.notPlanned')}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>
      <Paper component="section" withBorder p="md" aria-labelledby="oh-fairs">
        <Stack gap="sm">
          <Title order={2} fz="h3" id="oh-fairs">
            {t('openHouse.fairs')}
          </Title>
          <CreateForm kind="fair" />
          {fairs.isPending ? (
            <PageLoader />
          ) : fairs.isError ? (
            <ErrorAlert error={fairs.error} onRetry={() => void fairs.refetch()} />
          ) : fairs.data.length === 0 ? (
            <Text c="dimmed">{t('openHouse.empty')}</Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {fairs.data.map((f) => (
                <li key={f.id}>
                  <Anchor component={Link} to={`/open-house/fairs/${f.id}`} fw={600} dir="auto">
                    {f.title}
                  </Anchor>
                  <Text fz="sm" c="dimmed">
                    {formatDate(f.date, language)} · {f.venue}
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
