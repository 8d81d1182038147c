import { Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OCCUPATIONAL_FIELD_NAMES,
  OCCUPATIONAL_FIELDS,
  OFFER_KINDS,
  type CefrLevel,
  type OccupationalField,
  type OfferKind,
} from '@passgenau/domain';
import { useDebouncedValue } from '@mantine/hooks';
import { useUiLanguage } from '../../../lib/i18n';
import { useTowns } from '../api/job-board';
import { EMPTY_FILTERS, GERMAN_LEVEL_CHOICES, RADIUS_CHOICES, type JobFilters } from './job-filters';
import classes from './jobs.module.css';

export interface JobFilterBarProps {
  filters: JobFilters;
  onChange: (filters: JobFilters) => void;
}

const SEARCH_DEBOUNCE_MS = 300;

/** Town, distance, kind of work, occupational field, German level and a search word; every change starts at page 1. */
export function JobFilterBar({ filters, onChange }: JobFilterBarProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const towns = useTowns();
  const [q, setQ] = useState(filters.q);
  const [debouncedQ] = useDebouncedValue(q, SEARCH_DEBOUNCE_MS);

  useEffect(() => {
    if (debouncedQ.trim() !== filters.q.trim()) onChange({ ...filters, q: debouncedQ, page: 1 });
    // Only the typed word starts a new search here; the other filters change at once below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedQ]);

  const set = (patch: Partial<JobFilters>) => onChange({ ...filters, ...patch, page: 1 });
  const townData = (towns.data ?? []).map((town) => ({ value: town.ags, label: town.name }));

  return (
    <Paper
      component="section"
      withBorder
      radius="lg"
      p="md"
      className={classes.filters}
      aria-label={t('jobs.filters.title')}
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="sm">
        <TextInput
          type="search"
          label={t('jobs.filters.q')}
          placeholder={t('jobs.filters.qPlaceholder')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          maxLength={100}
          enterKeyHint="search"
        />
        <Select
          label={t('jobs.filters.town')}
          placeholder={t('jobs.filters.anyTown')}
          data={townData}
          value={filters.town}
          onChange={(value) => set({ town: value })}
          searchable
          clearable
          nothingFoundMessage={t('jobs.results.empty')}
        />
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <Select
            label={t('jobs.filters.nearTown')}
            placeholder={t('jobs.filters.anyTown')}
            data={townData}
            value={filters.nearTown}
            onChange={(value) => set({ nearTown: value })}
            searchable
            clearable
            flex="1 1 auto"
            miw={0}
          />
          <Select
            label={t('jobs.filters.radius')}
            data={RADIUS_CHOICES.map((km) => ({
              value: String(km),
              label: t('jobs.filters.radiusKm', { km }),
            }))}
            value={String(filters.radiusKm)}
            onChange={(value) => set({ radiusKm: Number(value ?? filters.radiusKm) })}
            allowDeselect={false}
            disabled={!filters.nearTown}
            w={140}
            flex="none"
          />
        </Group>
        <Select
          label={t('jobs.filters.kind')}
          placeholder={t('jobs.filters.anyKind')}
          data={OFFER_KINDS.map((kind) => ({ value: kind, label: t(`jobs.kinds.${kind}`) }))}
          value={filters.kind}
          onChange={(value) => set({ kind: value as OfferKind | null })}
          clearable
        />
        <Select
          label={t('jobs.filters.field')}
          placeholder={t('jobs.filters.anyField')}
          data={OCCUPATIONAL_FIELDS.map((field) => ({
            value: field,
            label: OCCUPATIONAL_FIELD_NAMES[field][language],
          }))}
          value={filters.field}
          onChange={(value) => set({ field: value as OccupationalField | null })}
          searchable
          clearable
        />
        <Select
          label={t('jobs.filters.maxGerman')}
          placeholder={t('jobs.filters.anyGerman')}
          data={GERMAN_LEVEL_CHOICES.map((level) => ({
            value: level,
            label: t('jobs.filters.germanUpTo', { level }),
          }))}
          value={filters.maxGermanLevel}
          onChange={(value) => set({ maxGermanLevel: value as CefrLevel | null })}
          clearable
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconFilterOff size={16} aria-hidden="true" />}
          onClick={() => {
            setQ('');
            onChange(EMPTY_FILTERS);
          }}
        >
          {t('jobs.filters.reset')}
        </Button>
      </Group>
    </Paper>
  );
}
