import { Group, MultiSelect, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLabel, textDirection, type ConceptLabels, type Distinction } from '@passgenau/domain';
import { useUiLanguage } from '../../../lib/i18n';
import { useSearchTaxonomy, type TaxonomySearchKind } from '../../taxonomy/api/search-taxonomy';
import { FallbackBadge } from '../../taxonomy/components/concept-label';
import { DistinctionLine } from '../../taxonomy/components/distinction-line';
import type { ConceptRef } from '../api/schemas';

const DEBOUNCE_MS = 250;

interface Option {
  value: string;
  label: string;
  labels: ConceptLabels;
  /** What tells this hit apart from another one with the same label. */
  distinction?: Distinction | null;
}

function useConceptOptions(kind: TaxonomySearchKind, search: string, selected: ConceptRef[]) {
  const language = useUiLanguage();
  const [query] = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  const result = useSearchTaxonomy({ kind, q: query, lang: language, limit: 15 });
  const toOption = (concept: ConceptRef & { distinction?: Distinction | null }): Option => ({
    value: concept.code,
    label: pickLabel(concept.labels, language)?.text ?? concept.code,
    labels: concept.labels,
    distinction: concept.distinction ?? null,
  });
  const options = new Map<string, Option>();
  for (const concept of selected) options.set(concept.code, toOption(concept));
  for (const hit of result.data?.hits ?? []) {
    const selectedOption = options.get(hit.code);
    if (!selectedOption) options.set(hit.code, toOption(hit));
    else if (hit.distinction) selectedOption.distinction = hit.distinction;
  }
  return { options: [...options.values()], byCode: options, isFetching: result.isFetching };
}

function OptionLabel({ option }: { option: Option | undefined }) {
  const language = useUiLanguage();
  const label = option ? pickLabel(option.labels, language) : null;
  if (!label) return null;
  return (
    <div>
      <Group gap={6} wrap="nowrap">
        <Text component="span" fz="sm" lang={label.lang} dir={textDirection(label.lang)}>
          {label.text}
        </Text>
        {label.isFallback ? <FallbackBadge language={label.lang} /> : null}
      </Group>
      <DistinctionLine distinction={option?.distinction} />
    </div>
  );
}

export interface OccupationPickerProps {
  value: ConceptRef | null;
  onChange: (value: ConceptRef | null) => void;
  error?: string;
}

/** Picks an occupation by searching the taxonomy in the UI language; stores the code. */
export function OccupationPicker({ value, onChange, error }: OccupationPickerProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [search, setSearch] = useState(value ? (pickLabel(value.labels, language)?.text ?? '') : '');
  const { options, byCode } = useConceptOptions('occupations', search, value ? [value] : []);
  return (
    <Select
      label={t('jobs.form.occupation')}
      description={t('jobs.form.occupationHint')}
      placeholder={t('jobs.form.occupationPlaceholder')}
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={options.map(({ value: code, label }) => ({ value: code, label }))}
      value={value?.code ?? null}
      onChange={(code) => {
        const option = code ? byCode.get(code) : undefined;
        onChange(option ? { code: option.value, labels: option.labels } : null);
      }}
      renderOption={({ option }) => <OptionLabel option={byCode.get(option.value)} />}
      leftSection={<IconSearch size={16} aria-hidden="true" />}
      error={error}
      clearable
      maxDropdownHeight={280}
    />
  );
}

export interface CompetencePickerProps {
  label: string;
  value: ConceptRef[];
  onChange: (value: ConceptRef[]) => void;
  error?: string;
}

/** Several competences (skills), searched in the UI language; stores the codes. */
export function CompetencePicker({ label, value, onChange, error }: CompetencePickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { options, byCode } = useConceptOptions('skills', search, value);
  return (
    <MultiSelect
      label={label}
      placeholder={t('jobs.form.competencePlaceholder')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={options.map(({ value: code, label: text }) => ({ value: code, label: text }))}
      value={value.map((concept) => concept.code)}
      onChange={(codes) =>
        onChange(
          codes.flatMap((code) => {
            const option = byCode.get(code);
            return option ? [{ code, labels: option.labels }] : [];
          }),
        )
      }
      renderOption={({ option }) => <OptionLabel option={byCode.get(option.value)} />}
      error={error}
      clearable
      maxDropdownHeight={280}
    />
  );
}
