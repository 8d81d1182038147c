import {
  Badge,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconMapPin, IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { Pager } from '../../../components/pager';
import { useTowns } from '../../jobs/api/job-board';
import { RADIUS_CHOICES } from '../../jobs/components/job-filters';
import classes from '../../jobs/components/jobs.module.css';
import { useMarkRefugeeEmployer, useOpenFirms } from '../api/companies';
import type { CompanyListItem } from '../api/schemas';
import { LISTING_LANGUAGE, UserText } from '../../../components/user-text';

function FirmCard({ firm, actions }: { firm: CompanyListItem; actions?: ReactNode }) {
  const { t } = useTranslation();
  const mark = useMarkRefugeeEmployer();
  return (
    <Paper withBorder radius="md" p="md" className={classes.card}>
      <Title order={2} fz="lg" dir="auto" className={classes.title}>
        <UserText lang={LISTING_LANGUAGE}>{firm.name}</UserText>
      </Title>
      <span className={classes.metaItem}>
        <IconMapPin size={16} aria-hidden="true" />
        <Text component="span" fz="sm">
          <UserText lang={LISTING_LANGUAGE}>{firm.towns.map((town) => town.name).join(', ')}</UserText>
          {firm.distanceKm !== null
            ? ` · ${t('jobs.offer.distance', { km: Math.round(firm.distanceKm) })}`
            : ''}
        </Text>
      </span>
      <Group gap={6}>
        {firm.offersTours ? (
          <Badge variant="light" tt="none">
            {t('jobs.firms.tours')}
          </Badge>
        ) : null}
        {firm.offersOpenHouse ? (
          <Badge variant="light" tt="none">
            {t('jobs.firms.openHouse')}
          </Badge>
        ) : null}
        {firm.showcaseOptIn ? (
          <Badge variant="outline" color="grape" tt="none">
            {t('jobs.firms.showcaseOptIn')}
          </Badge>
        ) : null}
      </Group>
      {firm.contacts.length > 0 ? (
        <Text fz="sm">
          {t('jobs.firms.contacts')}:{' '}
          {firm.contacts.map((c) => [c.name, c.email].filter(Boolean).join(' ')).join('; ')}
        </Text>
      ) : null}
      <Switch
        mt="auto"
        label={t('jobs.firms.employsRefugees')}
        checked={firm.employsRefugees}
        disabled={mark.isPending}
        onChange={(e) => mark.mutate({ companyId: firm.id, employsRefugees: e.currentTarget.checked })}
      />
      {mark.isError ? <ErrorAlert error={mark.error} /> : null}
      {actions}
    </Paper>
  );
}

/** /firms: the pool of firms open to visits (coordinators, IBA), with the IBA "employs refugees" mark. */
export function OpenFirmsPage({
  firmActions,
}: {
  /** Buttons for one firm, e.g. its match list as PDF for IBA staff and coordinators. */
  firmActions?: (firm: CompanyListItem) => ReactNode;
} = {}) {
  const { t } = useTranslation();
  const towns = useTowns();
  const [q, setQ] = useState('');
  const [query] = useDebouncedValue(q.trim(), 300);
  const [nearTown, setNearTown] = useState<string | null>(null);
  const [radius, setRadius] = useState('20');
  const [openTo, setOpenTo] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const firms = useOpenFirms({
    q: query || undefined,
    nearTown: nearTown ?? undefined,
    radiusKm: nearTown ? Number(radius) : undefined,
    openTo: openTo ?? undefined,
    page,
    pageSize: 20,
  });
  const townData = (towns.data ?? []).map((town) => ({ value: town.ags, label: town.name }));
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('jobs.firms.title')}</Title>
        <Text c="dimmed">{t('jobs.firms.intro')}</Text>
      </Stack>
      <Paper withBorder radius="lg" p="md" className={classes.filters}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput
            type="search"
            label={t('jobs.filters.q')}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
          />
          <Select
            label={t('jobs.filters.nearTown')}
            placeholder={t('jobs.filters.anyTown')}
            data={townData}
            value={nearTown}
            onChange={(value) => {
              setNearTown(value);
              setPage(1);
            }}
            searchable
            clearable
          />
          <Select
            label={t('jobs.filters.radius')}
            data={RADIUS_CHOICES.map((km) => ({
              value: String(km),
              label: t('jobs.filters.radiusKm', { km }),
            }))}
            value={radius}
            onChange={(value) => value && setRadius(value)}
            allowDeselect={false}
            disabled={!nearTown}
          />
          <Select
            label={t('jobs.firms.openTo')}
            placeholder={t('jobs.filters.anyKind')}
            data={[
              { value: 'tours', label: t('jobs.firms.tours') },
              { value: 'openHouse', label: t('jobs.firms.openHouse') },
            ]}
            value={openTo}
            onChange={(value) => {
              setOpenTo(value);
              setPage(1);
            }}
            clearable
          />
        </SimpleGrid>
      </Paper>
      {firms.isError ? <ErrorAlert error={firms.error} onRetry={() => void firms.refetch()} /> : null}
      {firms.data && firms.data.items.length === 0 ? <Text c="dimmed">{t('jobs.firms.empty')}</Text> : null}
      {firms.data && firms.data.items.length > 0 ? (
        <ul className={classes.grid} aria-label={t('jobs.firms.title')}>
          {firms.data.items.map((firm) => (
            <li key={firm.id}>
              <FirmCard firm={firm} actions={firmActions?.(firm)} />
            </li>
          ))}
        </ul>
      ) : null}
      {firms.data ? (
        <Pager
          page={page}
          pageSize={firms.data.pageSize}
          total={firms.data.total}
          onChange={setPage}
          label={t('jobs.firms.pages')}
        />
      ) : null}
    </Stack>
  );
}
