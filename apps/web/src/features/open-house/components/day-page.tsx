import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import stacked from '../../../components/stacked-table.module.css';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import {
  useAddSite,
  useEditPlan,
  useFirmChoices,
  useOpenHouseDay,
  usePlan,
  useRegistrations,
  useRunPlan,
  useTownChoices,
  type OpenHouseDay,
  type OpenHousePlan,
  type PlannedRoute,
  type PlannedVisit,
} from '../api';
import { conflictText, partyLabel, slotStarts } from './plan-texts';

function AddSiteForm({ day }: { day: OpenHouseDay }) {
  const { t } = useTranslation();
  const add = useAddSite(day.id);
  const [kind, setKind] = useState<'firm' | 'housing'>('firm');
  const [q, setQ] = useState('');
  const firms = useFirmChoices(q);
  const towns = useTownChoices();
  const [siteId, setSiteId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [townAgs, setTownAgs] = useState<string | null>(null);
  const [from, setFrom] = useState('09:00');
  const [until, setUntil] = useState('12:00');
  const [capacity, setCapacity] = useState<number | string>(6);
  const [slotMinutes, setSlotMinutes] = useState<number | string>(30);
  const firmOptions = (firms.data?.items ?? []).flatMap((c) =>
    c.mainSite ? [{ value: c.mainSite.id, label: `${c.name} (${c.towns.join(', ')})` }] : [],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const common = {
      kind,
      openings: [{ start: from, end: until }],
      capacity: Number(capacity),
      slotMinutes: Number(slotMinutes),
    };
    add.mutate(
      kind === 'firm'
        ? { ...common, companySiteId: siteId ?? undefined }
        : { ...common, name, townAgs: townAgs ?? undefined },
      { onSuccess: () => (setSiteId(null), setName('')) },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t('openHouse.day.addSite')}>
      <Stack gap="xs">
        <Title order={3} fz="h4">
          {t('openHouse.day.addSite')}
        </Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('openHouse.day.siteKind')}
            data={[
              { value: 'firm', label: t('openHouse.kind.firm') },
              { value: 'housing', label: t('openHouse.kind.housing') },
            ]}
            value={kind}
            onChange={(v) => setKind((v as 'firm' | 'housing') ?? 'firm')}
            allowDeselect={false}
            flex="0 1 12rem"
          />
          {kind === 'firm' ? (
            <>
              <TextInput
                label={t('openHouse.day.firmSearch')}
                value={q}
                onChange={(e) => setQ(e.currentTarget.value)}
                flex="1 1 12rem"
              />
              <Select
                label={t('openHouse.day.firm')}
                data={firmOptions}
                value={siteId}
                onChange={setSiteId}
                searchable
                required
                flex="1 1 16rem"
              />
            </>
          ) : (
            <>
              <TextInput
                label={t('openHouse.day.housingName')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                required
                maxLength={200}
                flex="1 1 12rem"
              />
              <Select
                label={t('openHouse.day.town')}
                data={(towns.data ?? []).map((town) => ({ value: town.ags, label: town.name }))}
                value={townAgs}
                onChange={setTownAgs}
                searchable
                required
                flex="1 1 12rem"
              />
            </>
          )}
        </Group>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="time"
            label={t('openHouse.day.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            required
            flex="0 1 8rem"
          />
          <TextInput
            type="time"
            label={t('openHouse.day.until')}
            value={until}
            onChange={(e) => setUntil(e.currentTarget.value)}
            required
            flex="0 1 8rem"
          />
          <NumberInput
            label={t('openHouse.day.capacity')}
            value={capacity}
            onChange={setCapacity}
            min={1}
            max={200}
            required
            flex="0 1 10rem"
          />
          <NumberInput
            label={t('openHouse.day.slotMinutes')}
            value={slotMinutes}
            onChange={setSlotMinutes}
            min={10}
            max={240}
            step={5}
            required
            flex="0 1 10rem"
          />
          <Button type="submit" loading={add.isPending}>
            {t('openHouse.day.add')}
          </Button>
        </Group>
        {add.isError ? <ErrorAlert error={add.error} /> : null}
      </Stack>
    </form>
  );
}

function Sites({ day }: { day: OpenHouseDay }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="oh-sites">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="oh-sites">
          {t('openHouse.day.sites')}
        </Title>
        {day.siteList.length === 0 ? <Text c="dimmed">{t('openHouse.empty')}</Text> : null}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {day.siteList.map((site) => (
            <li key={site.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor
                  component={Link}
                  to={`/open-house/days/${day.id}/sites/${site.id}`}
                  fw={600}
                  dir="auto"
                  aria-label={t('openHouse.day.visitors', { name: site.name })}
                >
                  {site.name}
                </Anchor>
                <Badge variant="light" color={site.kind === 'firm' ? 'blue' : 'grape'}>
                  {t(`openHouse.kind.${site.kind}`)}
                </Badge>
              </Group>
              <Text fz="sm" c="dimmed">
                {site.townName} · {t('openHouse.day.openings')}{' '}
                {site.openings.map((w) => `${w.start}–${w.end}`).join(', ')} ·{' '}
                {t('openHouse.day.places', { capacity: site.capacity, minutes: site.slotMinutes })}
              </Text>
            </li>
          ))}
        </Stack>
        <AddSiteForm day={day} />
      </Stack>
    </Paper>
  );
}

function Registrations({ dayId }: { dayId: string }) {
  const { t } = useTranslation();
  const registrations = useRegistrations(dayId);
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="oh-registrations">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="oh-registrations">
          {t('openHouse.day.registrations')}
        </Title>
        {registrations.isPending ? (
          <PageLoader />
        ) : registrations.isError ? (
          <ErrorAlert error={registrations.error} onRetry={() => void registrations.refetch()} />
        ) : registrations.data.length === 0 ? (
          <Text c="dimmed">{t('openHouse.day.noRegistrations')}</Text>
        ) : (
          <Table className={stacked.stacked} data-stacked-on-phone="">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('openHouse.day.pseudonym')}</Table.Th>
                <Table.Th>{t('openHouse.day.travel')}</Table.Th>
                <Table.Th>{t('openHouse.day.available')}</Table.Th>
                <Table.Th>{t('openHouse.day.languages')}</Table.Th>
                <Table.Th>{t('openHouse.day.interpreter')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {registrations.data.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td data-label={t('openHouse.day.pseudonym')}>
                    <Anchor
                      component={Link}
                      to={`/open-house/days/${dayId}/route?candidateId=${r.candidateId}`}
                    >
                      <bdi>{r.pseudonym ?? r.candidateId.slice(0, 8)}</bdi>
                    </Anchor>
                    {r.groupId ? ` (${t('openHouse.day.inGroup')})` : ''}
                  </Table.Td>
                  <Table.Td data-label={t('openHouse.day.travel')}>
                    {t(`openHouse.travel.${r.travelMode}`)} · {r.startTownName ?? ''} · {r.radiusKm} km
                  </Table.Td>
                  <Table.Td data-label={t('openHouse.day.available')}>
                    <bdi>
                      {r.availableFrom}–{r.availableUntil}
                    </bdi>
                  </Table.Td>
                  <Table.Td data-label={t('openHouse.day.languages')}>
                    {r.languages.join(', ').toUpperCase()}
                  </Table.Td>
                  <Table.Td data-label={t('openHouse.day.interpreter')}>
                    {r.needsInterpreter ? (r.interpreterLanguage ?? '✓').toUpperCase() : '–'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

/** Every half hour of a day's usual span: a visit may be moved anywhere, the conflicts then say what breaks. */
const DAY_TIMES = Array.from(
  { length: 25 },
  (_, i) => `${String(7 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
);

function VisitRow({ day, route, visit }: { day: OpenHouseDay; route: PlannedRoute; visit: PlannedVisit }) {
  const { t } = useTranslation();
  const edit = useEditPlan(day.id);
  const site = day.siteList.find((s) => s.id === visit.site);
  const starts = site ? slotStarts(site) : [];
  const [to, setTo] = useState<string | null>(null);
  return (
    <Stack component="li" gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>
          <bdi>
            {visit.start}–{visit.end}
          </bdi>{' '}
          · <bdi>{visit.siteName}</bdi> (<bdi>{visit.townName}</bdi>)
        </Text>
        {visit.manual ? (
          <Badge variant="light" color="orange">
            {t('openHouse.day.manual')}
          </Badge>
        ) : null}
      </Group>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          label={t('openHouse.day.newTime')}
          aria-label={t('openHouse.day.moveTo', { site: visit.siteName, start: visit.start })}
          data={[...new Set([...starts, ...DAY_TIMES])].filter((s) => s !== visit.start)}
          value={to}
          onChange={setTo}
          flex="0 1 14rem"
        />
        <Button
          variant="light"
          disabled={!to}
          loading={edit.isPending}
          onClick={() =>
            to &&
            edit.mutate({ op: 'move', party: route.party, site: visit.site, start: visit.start, toStart: to })
          }
        >
          {t('openHouse.day.move')}
        </Button>
        <Button
          variant="default"
          onClick={() =>
            edit.mutate({ op: 'remove', party: route.party, site: visit.site, start: visit.start })
          }
          aria-label={t('openHouse.day.removeNamed', { start: visit.start, site: visit.siteName })}
        >
          {t('openHouse.day.remove')}
        </Button>
      </Group>
      {edit.isError ? <ErrorAlert error={edit.error} /> : null}
    </Stack>
  );
}

function PlanSection({ day }: { day: OpenHouseDay }) {
  const { t } = useTranslation();
  const plan = usePlan(day.id);
  const run = useRunPlan(day.id);
  const data: OpenHousePlan | undefined = plan.data;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="oh-plan">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} fz="h3" id="oh-plan">
            {t('openHouse.day.routes')}
          </Title>
          <Button onClick={() => run.mutate()} loading={run.isPending}>
            {t(data?.plannedAt ? 'openHouse.day.replan' : 'openHouse.day.plan')}
          </Button>
        </Group>
        {run.isError ? <ErrorAlert error={run.error} /> : null}
        {plan.isPending ? (
          <PageLoader />
        ) : plan.isError ? (
          <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
        ) : data!.routes.length === 0 ? (
          <Text c="dimmed">{t('openHouse.day.noRoutes')}</Text>
        ) : (
          <>
            <Stack gap={2} role="status">
              <Text>
                {t('openHouse.day.score', {
                  score: data!.score.toFixed(2),
                  bound: data!.bound?.toFixed(2) ?? '–',
                })}
              </Text>
              <Text>
                {t('openHouse.day.reached', { reached: data!.reached, candidates: data!.candidates })}
              </Text>
            </Stack>
            {data!.conflicts.length === 0 ? (
              <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
                {t('openHouse.day.noConflicts')}
              </Alert>
            ) : (
              <Alert
                color="orange"
                variant="light"
                icon={<IconAlertTriangle aria-hidden="true" />}
                title={t('openHouse.day.conflicts')}
                role="alert"
              >
                <Stack component="ul" gap={2} m={0} ps="md">
                  {data!.conflicts.map((c, i) => (
                    <li key={i} data-conflict={c.code}>
                      {conflictText(t, c, day, data!.routes)}
                    </li>
                  ))}
                </Stack>
              </Alert>
            )}
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {data!.routes.map((route) => (
                <Paper
                  component="li"
                  key={route.party}
                  withBorder
                  p="sm"
                  radius="md"
                  data-party={route.party}
                >
                  <Stack gap="xs">
                    <Text fw={700} dir="auto">
                      {partyLabel(t, route)}
                    </Text>
                    <Stack component="ol" gap="sm" m={0} ps="md">
                      {route.visits.map((visit) => (
                        <VisitRow
                          key={`${visit.site}-${visit.start}`}
                          day={day}
                          route={route}
                          visit={visit}
                        />
                      ))}
                    </Stack>
                  </Stack>
                </Paper>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** /open-house/days/:dayId (planning staff): sites, registrations, the plan and hand edits with conflicts. */
export function OpenHouseDayPage({ dayId }: { dayId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const day = useOpenHouseDay(dayId);
  if (day.isPending) return <PageLoader />;
  if (day.isError)
    return (
      <Stack gap="md">
        <Title order={1}>{t('openHouse.days')}</Title>
        <ErrorAlert error={day.error} />
        <Anchor component={Link} to="/open-house">
          {t('openHouse.back')}
        </Anchor>
      </Stack>
    );
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Anchor component={Link} to="/open-house" fz="sm">
          {t('openHouse.back')}
        </Anchor>
        <Title order={1} dir="auto">
          {day.data.title}
        </Title>
        <Text c="dimmed">{formatDate(day.data.date, language)}</Text>
      </Stack>
      <Sites day={day.data} />
      <Registrations dayId={dayId} />
      <PlanSection day={day.data} />
    </Stack>
  );
}
