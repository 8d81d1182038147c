import {
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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import stacked from '../../../components/stacked-table.module.css';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import {
  useAddExhibitor,
  useAddFairMentor,
  useEditPair,
  useFairPlans,
  useFirmChoices,
  useJobFair,
  useProposePairing,
  type JobFair,
} from '../api';
import { FairPlanCard, GroupPlans } from './fair-plan-views';

function AddExhibitorForm({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const add = useAddExhibitor(fairId);
  const [booth, setBooth] = useState('');
  const [q, setQ] = useState('');
  const firms = useFirmChoices(q);
  const [companyId, setCompanyId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [occupation, setOccupation] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      companyId ? { booth, companyId } : { booth, name, occupations: occupation ? [occupation] : [] },
      { onSuccess: () => (setBooth(''), setCompanyId(null), setName(''), setOccupation('')) },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t('openHouse.fair.addExhibitor')}>
      <Stack gap="xs">
        <Title order={3} fz="h4">
          {t('openHouse.fair.addExhibitor')}
        </Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('openHouse.fair.booth')}
            value={booth}
            onChange={(e) => setBooth(e.currentTarget.value)}
            required
            maxLength={40}
            flex="0 1 7rem"
          />
          <TextInput
            label={t('openHouse.day.firmSearch')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            flex="1 1 10rem"
          />
          <Select
            label={t('openHouse.day.firm')}
            data={(firms.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={companyId}
            onChange={setCompanyId}
            searchable
            clearable
            flex="1 1 14rem"
          />
        </Group>
        {!companyId ? (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('openHouse.fair.exhibitorName')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={200}
              flex="1 1 12rem"
            />
            <TextInput
              label={t('openHouse.fair.occupation')}
              value={occupation}
              onChange={(e) => setOccupation(e.currentTarget.value)}
              maxLength={300}
              flex="1 1 16rem"
            />
          </Group>
        ) : null}
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('openHouse.day.add')}
          </Button>
        </Group>
        {add.isError ? <ErrorAlert error={add.error} /> : null}
      </Stack>
    </form>
  );
}

function AddMentorForm({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const add = useAddFairMentor(fairId);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'volunteer' | 'staff' | 'migrant'>('volunteer');
  const [languages, setLanguages] = useState('de');
  const [capacity, setCapacity] = useState<number | string>(4);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      {
        name,
        kind,
        languages: languages
          .split(',')
          .map((l) => l.trim().toLowerCase())
          .filter(Boolean),
        capacity: Number(capacity),
      },
      { onSuccess: () => setName('') },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t('openHouse.fair.addMentor')}>
      <Stack gap="xs">
        <Title order={3} fz="h4">
          {t('openHouse.fair.addMentor')}
        </Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('openHouse.fair.mentorName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={200}
            flex="1 1 12rem"
          />
          <Select
            label={t('openHouse.fair.mentorKind')}
            data={(['volunteer', 'staff', 'migrant'] as const).map((k) => ({
              value: k,
              label: t(`openHouse.fair.kinds.${k}`),
            }))}
            value={kind}
            onChange={(v) => setKind((v as typeof kind) ?? 'volunteer')}
            allowDeselect={false}
            flex="1 1 12rem"
          />
          <TextInput
            label={t('openHouse.fair.languages')}
            value={languages}
            onChange={(e) => setLanguages(e.currentTarget.value)}
            required
            flex="1 1 10rem"
          />
          <NumberInput
            label={t('openHouse.fair.capacity')}
            value={capacity}
            onChange={setCapacity}
            min={0}
            max={20}
            required
            flex="0 1 9rem"
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

function Pairing({ fair }: { fair: JobFair }) {
  const { t } = useTranslation();
  const propose = useProposePairing(fair.id);
  const edit = useEditPair(fair.id);
  const options = [
    { value: '', label: t('openHouse.fair.noMentor') },
    ...fair.mentors.map((m) => ({
      value: m.id,
      label: `${m.name} (${m.languages.join(', ').toUpperCase()})`,
    })),
  ];
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="fair-candidates">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} fz="h3" id="fair-candidates">
            {t('openHouse.fair.candidates')}
          </Title>
          <Button
            onClick={() => propose.mutate(undefined)}
            loading={propose.isPending}
            disabled={fair.candidates.length === 0}
          >
            {t('openHouse.fair.propose')}
          </Button>
        </Group>
        {propose.isError ? <ErrorAlert error={propose.error} /> : null}
        {edit.isError ? <ErrorAlert error={edit.error} /> : null}
        {fair.candidates.length === 0 ? (
          <Text c="dimmed">{t('openHouse.fair.noCandidates')}</Text>
        ) : (
          <Table className={stacked.stacked} data-stacked-on-phone="">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('openHouse.day.pseudonym')}</Table.Th>
                <Table.Th>{t('openHouse.day.languages')}</Table.Th>
                <Table.Th>{t('openHouse.fair.mentor')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fair.candidates.map((c) => (
                <Table.Tr key={c.candidateId}>
                  <Table.Td data-label={t('openHouse.day.pseudonym')}>
                    <bdi>{c.pseudonym ?? c.candidateId.slice(0, 8)}</bdi>
                  </Table.Td>
                  <Table.Td data-label={t('openHouse.day.languages')}>
                    {c.languages.join(', ').toUpperCase()} {c.townName ? `· ${c.townName}` : ''}
                  </Table.Td>
                  <Table.Td data-label={t('openHouse.fair.mentor')}>
                    <Stack gap={4}>
                      <Select
                        aria-label={t('openHouse.fair.mentorFor', { name: c.pseudonym ?? '' })}
                        data={options}
                        value={c.mentorId ?? ''}
                        onChange={(v) => edit.mutate({ candidateId: c.candidateId, mentorId: v ? v : null })}
                        allowDeselect={false}
                      />
                      <Group gap={4}>
                        {c.mentorId ? (
                          <Badge variant="light" color={c.languageMatch ? 'teal' : 'orange'}>
                            {t(
                              c.languageMatch
                                ? 'openHouse.fair.languageMatch'
                                : 'openHouse.fair.noLanguageMatch',
                            )}
                          </Badge>
                        ) : null}
                        {c.fixed ? (
                          <Badge variant="light" color="gray">
                            {t('openHouse.fair.fixed')}
                          </Badge>
                        ) : null}
                      </Group>
                    </Stack>
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

function Plans({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const plans = useFairPlans(fairId);
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="fair-plans">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="fair-plans">
          {t('openHouse.fair.plans')}
        </Title>
        {plans.isPending ? (
          <PageLoader />
        ) : plans.isError ? (
          <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <>
            {plans.data.groups.map((g) => (
              <GroupPlans key={g.mentorId} group={g} headingOrder={3} />
            ))}
            {plans.data.unpaired.length > 0 ? (
              <Stack gap="xs">
                <Title order={3} fz="h4">
                  {t('openHouse.fair.unpaired')}
                </Title>
                {plans.data.unpaired.map((p) => (
                  <FairPlanCard key={p.candidateId} plan={p} />
                ))}
              </Stack>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** /open-house/fairs/:fairId (planning staff): exhibitors, fair mentors, pairing and plans. */
export function JobFairPage({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const fair = useJobFair(fairId);
  if (fair.isPending) return <PageLoader />;
  if (fair.isError)
    return (
      <Stack gap="md">
        <Title order={1}>{t('openHouse.fairs')}</Title>
        <ErrorAlert error={fair.error} />
        <Anchor component={Link} to="/open-house">
          {t('openHouse.back')}
        </Anchor>
      </Stack>
    );
  const data = fair.data;
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Anchor component={Link} to="/open-house" fz="sm">
          {t('openHouse.back')}
        </Anchor>
        <Title order={1} dir="auto">
          {data.title}
        </Title>
        <Text c="dimmed">
          {formatDate(data.date, language)} · {data.venue}
        </Text>
      </Stack>
      <Paper component="section" withBorder p="md" aria-labelledby="fair-exhibitors">
        <Stack gap="sm">
          <Title order={2} fz="h3" id="fair-exhibitors">
            {t('openHouse.fair.exhibitors')}
          </Title>
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
            {data.exhibitors.map((e) => (
              <li key={e.id}>
                <Text>
                  {t('openHouse.fair.boothNumber', { booth: e.booth })} · {e.name}
                </Text>
              </li>
            ))}
          </Stack>
          <AddExhibitorForm fairId={fairId} />
        </Stack>
      </Paper>
      <Paper component="section" withBorder p="md" aria-labelledby="fair-mentors">
        <Stack gap="sm">
          <Title order={2} fz="h3" id="fair-mentors">
            {t('openHouse.fair.mentors')}
          </Title>
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
            {data.mentors.map((m) => (
              <li key={m.id}>
                <Text>
                  {m.name} · {t(`openHouse.fair.kinds.${m.kind}`)} · {m.languages.join(', ').toUpperCase()} ·{' '}
                  {t('openHouse.fair.group', { size: m.groupSize, capacity: m.capacity })}
                </Text>
              </li>
            ))}
          </Stack>
          <AddMentorForm fairId={fairId} />
        </Stack>
      </Paper>
      <Pairing fair={data} />
      <Plans fairId={fairId} />
    </Stack>
  );
}
