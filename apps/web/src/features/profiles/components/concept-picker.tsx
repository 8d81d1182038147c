import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLabel, textDirection, type ConceptLabels } from '@passgenau/domain';
import { useUiLanguage } from '../../../lib/i18n';
import {
  TAXONOMY_SEARCH_MIN_LENGTH,
  useSearchTaxonomy,
  type TaxonomySearchKind,
} from '../../taxonomy/api/search-taxonomy';
import { FallbackBadge } from '../../taxonomy/components/concept-label';
import { DistinctionLine } from '../../taxonomy/components/distinction-line';

export interface PickedConcept {
  code: string;
  labels: ConceptLabels;
}

export interface ConceptPickerProps {
  kind: TaxonomySearchKind;
  label: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  error?: ReactNode;
  onPick: (concept: PickedConcept) => void;
  /** Codes already chosen; shown as such and not offered again. */
  exclude?: readonly string[];
}

/** Taxonomy search in the reader's language; picking a hit hands over its code (what is stored). */
export function ConceptPicker({
  kind,
  label,
  description,
  placeholder,
  error,
  onPick,
  exclude = [],
}: ConceptPickerProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 250);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const search = useSearchTaxonomy({ kind, q: debounced, lang: language, limit: 8 });
  const hits = (search.data?.hits ?? []).filter((hit) => !exclude.includes(hit.code));
  const long = debounced.trim().length >= TAXONOMY_SEARCH_MIN_LENGTH;

  return (
    <Combobox
      store={combobox}
      withinPortal={false}
      onOptionSubmit={(code) => {
        const hit = hits.find((candidate) => candidate.code === code);
        if (hit) onPick({ code: hit.code, labels: hit.labels });
        setQuery('');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          label={label}
          description={description}
          placeholder={placeholder}
          error={error}
          value={query}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          rightSection={search.isFetching ? <Loader size={14} /> : null}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!long}>
        <Combobox.Options aria-label={t('common.suggestions')}>
          {hits.length === 0 ? (
            <Combobox.Empty>
              {search.isFetching ? t('profiles.picker.searching') : t('profiles.picker.none')}
            </Combobox.Empty>
          ) : (
            hits.map((hit) => {
              const shown = pickLabel(hit.labels, language);
              return (
                <Combobox.Option value={hit.code} key={hit.code}>
                  <Group gap={6} wrap="nowrap">
                    <Text span fz="sm" lang={shown?.lang} dir={shown ? textDirection(shown.lang) : undefined}>
                      {shown?.text ?? hit.code}
                    </Text>
                    {shown?.isFallback ? <FallbackBadge language={shown.lang} /> : null}
                  </Group>
                  <DistinctionLine distinction={hit.distinction} />
                  {hit.matched &&
                  hit.matched.text !== shown?.text &&
                  hit.matched.text !== hit.distinction?.text ? (
                    <Text fz="xs" c="dimmed" lang={hit.matched.lang}>
                      {hit.matched.text}
                    </Text>
                  ) : null}
                </Combobox.Option>
              );
            })
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
