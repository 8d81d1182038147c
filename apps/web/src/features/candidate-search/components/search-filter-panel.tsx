import { Button, Checkbox, Paper, Radio, Select, Stack, Title } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  CEFR_LEVELS,
  OCCUPATIONAL_FIELD_NAMES,
  OCCUPATIONAL_FIELDS,
  WORK_KINDS,
  type CefrLevel,
} from '@passgenau/domain';
import { DateField } from '../../../components/date-field';
import { useUiLanguage } from '../../../lib/i18n';
import type { SearchFacets } from '../api/candidate-search';
import {
  CORE_SKILL_MINIMUMS,
  DEFAULT_SEARCH_RADIUS_KM,
  EMPTY_SEARCH,
  EVIDENCE_FILTERS,
  MAY_WORK_FILTERS,
  SEARCH_RADIUS_CHOICES,
  type CoreSkillMinimum,
  type EvidenceFilter,
  type SearchFilters,
} from '../model/search-filters';
import { CompetenceFilter } from './competence-filter';
import { countOf, FacetChecks, withCount } from './facet-checks';
import classes from './candidate-search.module.css';

export interface NearChoice {
  value: string;
  label: string;
  kind: 'site' | 'town';
}

export interface SearchFilterPanelProps {
  id: string;
  filters: SearchFilters;
  facets: SearchFacets | undefined;
  nearChoices: NearChoice[];
  onChange: (filters: SearchFilters) => void;
}

/** Hits with at least this German level: the facet counts of this level and every higher one. */
export function germanAtLeastCount(facets: SearchFacets | undefined, level: CefrLevel): number {
  const from = CEFR_LEVELS.indexOf(level);
  return CEFR_LEVELS.slice(from).reduce((sum, higher) => sum + countOf(facets?.germanLevel, higher), 0);
}

/** Every filter of the employer's search, each with the number of hits per value where it can be counted. */
export function SearchFilterPanel({ id, filters, facets, nearChoices, onChange }: SearchFilterPanelProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  // Every change of a filter starts again at page 1.
  const set = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch, page: 1 });
  const counted = (label: string, count: number) => withCount(label, count, language);
  const sites = nearChoices.filter((choice) => choice.kind === 'site');
  const towns = nearChoices.filter((choice) => choice.kind === 'town');
  const nearData = [
    ...(sites.length ? [{ group: t('candidateSearch.filters.sites'), items: sites }] : []),
    { group: t('candidateSearch.filters.towns'), items: towns },
  ];
  const coreSelect = (skill: 'maths' | 'computer') => (
    <Select
      label={t(`candidateSearch.filters.${skill}`)}
      placeholder={t('candidateSearch.filters.anyLevel')}
      data={CORE_SKILL_MINIMUMS.map((level) => ({ value: level, label: t(`profiles.levels.${level}`) }))}
      value={filters[skill]}
      onChange={(value) => set({ [skill]: (value as CoreSkillMinimum | null) ?? null })}
      clearable
    />
  );

  return (
    <Paper
      component="section"
      id={id}
      withBorder
      radius="lg"
      p="md"
      className={classes.filters}
      aria-labelledby={`${id}-title`}
    >
      <Stack gap="md">
        <Title order={2} fz="h4" id={`${id}-title`}>
          {t('candidateSearch.filters.title')}
        </Title>
        <Stack gap="xs">
          <Select
            label={t('candidateSearch.filters.near')}
            placeholder={t('candidateSearch.filters.nearPlaceholder')}
            data={nearData}
            value={filters.near}
            onChange={(value) =>
              set({
                near: value,
                radiusKm: value ? (filters.radiusKm ?? DEFAULT_SEARCH_RADIUS_KM) : null,
                sort: value ? filters.sort : 'relevance',
              })
            }
            searchable
            clearable
          />
          <Select
            label={t('candidateSearch.filters.radius')}
            data={[
              { value: '', label: t('candidateSearch.filters.anyRadius') },
              ...SEARCH_RADIUS_CHOICES.map((km) => ({
                value: String(km),
                label: t('jobs.filters.radiusKm', { km }),
              })),
            ]}
            value={filters.radiusKm === null ? '' : String(filters.radiusKm)}
            onChange={(value) => set({ radiusKm: value ? Number(value) : null })}
            allowDeselect={false}
            disabled={!filters.near}
          />
        </Stack>
        <FacetChecks
          legend={t('candidateSearch.filters.field')}
          values={OCCUPATIONAL_FIELDS}
          selected={filters.fields}
          counts={facets?.occupationalField}
          labelOf={(field) => OCCUPATIONAL_FIELD_NAMES[field][language]}
          onChange={(fields) => set({ fields })}
          hideEmpty
        />
        <CompetenceFilter
          value={filters.competences}
          counts={facets?.competences}
          onChange={(competences) => set({ competences })}
        />
        <Select
          label={t('candidateSearch.filters.german')}
          placeholder={t('candidateSearch.filters.anyGerman')}
          data={CEFR_LEVELS.map((level) => ({
            value: level,
            label: counted(
              t('candidateSearch.filters.germanAtLeast', { level }),
              germanAtLeastCount(facets, level),
            ),
          }))}
          value={filters.minGerman}
          onChange={(value) => set({ minGerman: (value as CefrLevel | null) ?? null })}
          clearable
        />
        <fieldset className={classes.fieldset}>
          <legend className={classes.legend}>{t('candidateSearch.filters.coreSkills')}</legend>
          <Stack gap="xs">
            {coreSelect('maths')}
            {coreSelect('computer')}
          </Stack>
        </fieldset>
        <Radio.Group
          label={t('candidateSearch.filters.evidence')}
          value={filters.evidence ?? ''}
          onChange={(value) => set({ evidence: (value || null) as EvidenceFilter | null })}
        >
          <Stack gap={6} mt={4}>
            <Radio value="" label={t('candidateSearch.filters.evidenceAny')} />
            {EVIDENCE_FILTERS.map((level) => (
              <Radio
                key={level}
                value={level}
                label={
                  // Only "confirmed by IBA" is the strongest mark itself, so only its count is exact.
                  level === 'iba'
                    ? counted(
                        t(`candidateSearch.filters.evidenceLevels.${level}`),
                        countOf(facets?.evidence, 'iba'),
                      )
                    : t(`candidateSearch.filters.evidenceLevels.${level}`)
                }
              />
            ))}
          </Stack>
        </Radio.Group>
        <FacetChecks
          legend={t('candidateSearch.filters.kind')}
          values={WORK_KINDS}
          selected={filters.kinds}
          counts={facets?.kindOfWork}
          labelOf={(kind) => t(`profiles.kinds.${kind}`)}
          onChange={(kinds) => set({ kinds })}
        />
        <DateField
          label={t('candidateSearch.filters.availableBy')}
          value={filters.availableBy ?? ''}
          onChange={(event) => set({ availableBy: event.currentTarget.value || null })}
        />
        <Checkbox
          label={t('candidateSearch.filters.licence')}
          checked={filters.licence}
          onChange={(event) => set({ licence: event.currentTarget.checked })}
        />
        <FacetChecks
          legend={t('candidateSearch.filters.mayWork')}
          values={MAY_WORK_FILTERS}
          selected={filters.mayWork}
          counts={facets?.mayWork}
          labelOf={(value) => t(`candidateSearch.filters.mayWorkValues.${value}`)}
          onChange={(mayWork) => set({ mayWork })}
        />
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconFilterOff size={16} aria-hidden="true" />}
          onClick={() => onChange({ ...EMPTY_SEARCH, q: filters.q })}
        >
          {t('candidateSearch.filters.reset')}
        </Button>
      </Stack>
    </Paper>
  );
}
