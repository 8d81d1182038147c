import { Box, Group, Loader, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxonomyHit } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { useUiLanguage } from '../../../lib/i18n';
import {
  TAXONOMY_SEARCH_MIN_LENGTH,
  useSearchTaxonomy,
  type TaxonomySearchKind,
} from '../api/search-taxonomy';
import { ConceptDetailDrawer } from './concept-detail-drawer';
import { TaxonomyHitList } from './taxonomy-hit-list';

const SEARCH_DEBOUNCE_MS = 250;

export function CompetenceExplorer() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const kindLabelId = useId();
  const [kind, setKind] = useState<TaxonomySearchKind>('occupations');
  const [input, setInput] = useState('');
  const [query] = useDebouncedValue(input.trim(), SEARCH_DEBOUNCE_MS);
  const [selected, setSelected] = useState<TaxonomyHit | null>(null);

  const search = useSearchTaxonomy({ kind, q: query, lang: language });
  const tooShort = query.length < TAXONOMY_SEARCH_MIN_LENGTH;
  const searchLabel =
    kind === 'occupations' ? t('explorer.searchOccupations') : t('explorer.searchCompetences');
  const hits = tooShort ? [] : (search.data?.hits ?? []);

  let status: string;
  if (tooShort) status = t('explorer.start');
  else if (search.isPending) status = t('explorer.loading');
  else if (search.isError) status = '';
  else if (hits.length === 0) status = t('explorer.empty');
  else status = t('explorer.results', { count: search.data?.estimatedTotalHits ?? hits.length });

  return (
    <Stack component="section" aria-labelledby="explorer-title" gap="md">
      <Box>
        <Title order={2} id="explorer-title">
          {t('explorer.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('explorer.text')}
        </Text>
      </Box>

      <Stack gap={6}>
        <Text fw={600} fz="sm" id={kindLabelId}>
          {t('explorer.kindLabel')}
        </Text>
        <SegmentedControl
          aria-labelledby={kindLabelId}
          value={kind}
          onChange={(value) => setKind(value as TaxonomySearchKind)}
          data={[
            { value: 'occupations', label: t('explorer.occupations') },
            { value: 'skills', label: t('explorer.competences') },
          ]}
          fullWidth
          maw={420}
        />
      </Stack>

      <TextInput
        type="search"
        size="md"
        aria-label={searchLabel}
        placeholder={
          kind === 'occupations' ? t('explorer.placeholderOccupations') : t('explorer.placeholderCompetences')
        }
        value={input}
        onChange={(event) => setInput(event.currentTarget.value)}
        leftSection={<IconSearch size={18} aria-hidden="true" />}
        rightSection={search.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={100}
      />

      <Group gap="xs" mih={22}>
        <Text fz="sm" c="dimmed" role="status" aria-live="polite">
          {status}
        </Text>
      </Group>

      {search.isError && !tooShort ? (
        <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />
      ) : null}

      {hits.length > 0 ? <TaxonomyHitList hits={hits} label={searchLabel} onSelect={setSelected} /> : null}

      <ConceptDetailDrawer hit={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}
