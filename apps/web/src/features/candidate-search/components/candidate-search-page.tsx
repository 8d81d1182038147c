import { Button, Group, Loader, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAdjustments, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { Pager } from '../../../components/pager';
import { useSession } from '../../auth/session/session-context';
import { useMyCompany } from '../../companies/api/companies';
import { useTowns } from '../../profiles/api/profile-api';
import { useCandidateSearch } from '../api/candidate-search';
import {
  activeFilterCount,
  SEARCH_MAX_HITS,
  SEARCH_SORTS,
  searchFromParams,
  searchQuery,
  searchToParams,
  type SearchFilters,
  type SearchSort,
} from '../model/search-filters';
import { CandidateHitCard } from './candidate-hit-card';
import { SearchFilterPanel, type NearChoice } from './search-filter-panel';
import classes from './candidate-search.module.css';
import { SaveSearchButton } from '../../saved-searches/components/save-search-button';

const FILTERS_ID = 'candidate-search-filters';

/** The firm's sites (employers) and the district's towns, as points distances are measured from. */
function useNearChoices(): NearChoice[] {
  const { account } = useSession();
  const company = useMyCompany(account?.role === 'employer');
  const towns = useTowns();
  return useMemo(
    () => [
      ...(company.data?.sites ?? []).map((site) => ({
        value: site.id,
        label: [site.label, site.street, site.townName ?? site.locality].filter(Boolean).join(', '),
        kind: 'site' as const,
      })),
      ...(towns.data ?? []).map((town) => ({ value: town.ags, label: town.name, kind: 'town' as const })),
    ],
    [company.data, towns.data],
  );
}

/** /search: the employer's candidate search (verified firms, IBA staff, coordinators); the search lives in the address. */
export function CandidateSearchPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters = searchFromParams(params);
  const search = useCandidateSearch(searchQuery(filters));
  const nearChoices = useNearChoices();
  const wide = useMediaQuery('(min-width: 62em)', true);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [q, setQ] = useState(filters.q);

  // Follow the address (back button, a shared link) into the text field.
  useEffect(() => setQ(filters.q), [filters.q]);

  // Each change is a new history entry, so the back button returns to the previous search.
  const change = (next: SearchFilters) => setParams(searchToParams(next));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change({ ...filters, q, page: 1 });
  };
  const active = activeFilterCount(filters);
  const data = search.data;
  const nearName = data?.near?.name ?? null;
  const showFilters = wide || filtersOpen;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} flex="1 1 20rem">
          <Title order={1}>{t('candidateSearch.title')}</Title>
          <Text c="dimmed">{t('candidateSearch.intro')}</Text>
        </Stack>
        {session.account?.role === 'employer' ? (
          <SaveSearchButton kind="candidates" query={searchQuery(filters) as Record<string, unknown>} />
        ) : null}
      </Group>
      <form role="search" onSubmit={submit} aria-label={t('candidateSearch.title')}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            type="search"
            name="q"
            label={t('candidateSearch.q')}
            placeholder={t('candidateSearch.qPlaceholder')}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            maxLength={200}
            enterKeyHint="search"
            flex="1 1 auto"
            miw={0}
          />
          <Button type="submit" flex="none">
            {t('candidateSearch.submit')}
          </Button>
        </Group>
      </form>
      {!wide ? (
        <Button
          variant="default"
          leftSection={<IconAdjustments size={18} aria-hidden="true" />}
          aria-expanded={filtersOpen}
          aria-controls={FILTERS_ID}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {filtersOpen ? t('candidateSearch.filters.hide') : t('candidateSearch.filters.show')}
          {active > 0 ? ` · ${t('candidateSearch.filters.active', { count: active })}` : ''}
        </Button>
      ) : null}
      <div className={classes.layout}>
        {showFilters ? (
          <SearchFilterPanel
            id={FILTERS_ID}
            filters={filters}
            facets={data?.facets}
            nearChoices={nearChoices}
            onChange={change}
          />
        ) : (
          <div id={FILTERS_ID} hidden />
        )}
        <Stack component="section" gap="md" aria-labelledby="candidate-search-results" miw={0}>
          <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
            <Title order={2} fz="h4" id="candidate-search-results">
              {t('candidateSearch.results.list')}
            </Title>
            <NativeSelect
              label={t('candidateSearch.sort.label')}
              description={!filters.near ? t('candidateSearch.sort.distanceNeedsNear') : undefined}
              data={SEARCH_SORTS.map((sort) => ({
                value: sort,
                label: t(`candidateSearch.sort.${sort}`),
                disabled: sort === 'distance' && !filters.near,
              }))}
              value={filters.near ? filters.sort : 'relevance'}
              onChange={(event) =>
                change({ ...filters, sort: event.currentTarget.value as SearchSort, page: 1 })
              }
              maw={260}
            />
          </Group>
          <Text role="status" aria-live="polite" fw={600} mih={24}>
            {search.isFetching ? <Loader size="xs" me={8} aria-hidden="true" /> : null}
            {data ? t('candidateSearch.results.total', { count: data.total }) : null}
            {!data && search.isPending ? t('candidateSearch.results.loading') : null}
          </Text>
          {data && data.total >= SEARCH_MAX_HITS ? (
            <Text fz="sm" c="dimmed">
              {t('candidateSearch.results.capped')}
            </Text>
          ) : null}
          {search.isError ? <ErrorAlert error={search.error} onRetry={() => void search.refetch()} /> : null}
          {data && data.hits.length === 0 ? (
            <Text c="dimmed">{t('candidateSearch.results.empty')}</Text>
          ) : null}
          {data && data.hits.length > 0 ? (
            <ul className={classes.hits} aria-labelledby="candidate-search-results">
              {data.hits.map((hit) => (
                <li key={hit.pseudonym}>
                  <CandidateHitCard hit={hit} nearName={nearName} />
                </li>
              ))}
            </ul>
          ) : null}
          {data ? (
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={(page) => change({ ...filters, page })}
              label={t('candidateSearch.results.pages')}
            />
          ) : null}
        </Stack>
      </div>
    </Stack>
  );
}
