import {
  MultiSelect,
  Select,
  type ComboboxItem,
  type MultiSelectProps,
  type SelectProps,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { searchNamedCodes, type NamedCode } from '@passgenau/domain';
import { useUiLanguage } from '../lib/i18n';
import { countryEntries, languageEntries } from './code-names';

function useFilter(entries: NamedCode[]) {
  return useMemo(() => {
    const byCode = new Map(entries.map((entry) => [entry.code, entry]));
    return ({ options, search }: { options: Array<ComboboxItem | unknown>; search: string }) => {
      const items = options as ComboboxItem[];
      const found = searchNamedCodes(
        items.map((item) => byCode.get(item.value)).filter((entry): entry is NamedCode => !!entry),
        search,
      );
      const shown = new Set(found.map((entry) => entry.code));
      const order = new Map(found.map((entry, index) => [entry.code, index]));
      return items
        .filter((item) => shown.has(item.value))
        .sort((a, b) => order.get(a.value)! - order.get(b.value)!);
    };
  }, [entries]);
}

export interface LanguagesPickerProps extends Omit<
  MultiSelectProps,
  'data' | 'value' | 'onChange' | 'filter' | 'searchable'
> {
  value: readonly string[];
  onChange: (codes: string[]) => void;
}

/** Several languages, picked by their names in the reader's language; stores ISO codes ("hr", "tr"). */
export function LanguagesPicker({ value, onChange, ...props }: LanguagesPickerProps) {
  const { t } = useTranslation();
  const reader = useUiLanguage();
  const entries = useMemo(() => languageEntries(reader, value), [reader, value]);
  const filter = useFilter(entries);
  return (
    <MultiSelect
      searchable
      clearable
      hidePickedOptions
      placeholder={value.length === 0 ? t('inputs.languagesPlaceholder') : undefined}
      nothingFoundMessage={t('inputs.noMatch')}
      maxDropdownHeight={260}
      {...props}
      data={entries.map((entry) => ({ value: entry.code, label: entry.name }))}
      filter={filter}
      value={[...value]}
      onChange={onChange}
    />
  );
}

export interface LanguagePickerProps extends Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'filter' | 'searchable'
> {
  /** ISO 639 code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  /** Codes not offered (e.g. German, which has its own fields). */
  exclude?: readonly string[];
}

/** One language, picked by its name in the reader's language; stores the ISO code. */
export function LanguagePicker({ value, onChange, exclude = [], ...props }: LanguagePickerProps) {
  const { t } = useTranslation();
  const reader = useUiLanguage();
  const entries = useMemo(
    () => languageEntries(reader, value ? [value] : []).filter((entry) => !exclude.includes(entry.code)),
    // `exclude` is a small literal list; compare it by content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [reader, value, exclude.join(',')],
  );
  const filter = useFilter(entries);
  return (
    <Select
      searchable
      placeholder={t('inputs.languagesPlaceholder')}
      nothingFoundMessage={t('inputs.noMatch')}
      maxDropdownHeight={260}
      {...props}
      data={entries.map((entry) => ({ value: entry.code, label: entry.name }))}
      filter={filter}
      value={value || null}
      onChange={(code) => onChange(code ?? '')}
    />
  );
}

export interface CountryPickerProps extends Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'filter' | 'searchable'
> {
  /** ISO 3166-1 alpha-2 code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
}

/** One country, picked by its name in the reader's language; stores the ISO code ("SY"). */
export function CountryPicker({ value, onChange, ...props }: CountryPickerProps) {
  const { t } = useTranslation();
  const reader = useUiLanguage();
  const entries = useMemo(() => countryEntries(reader, value ? [value] : []), [reader, value]);
  const filter = useFilter(entries);
  return (
    <Select
      searchable
      clearable
      placeholder={t('inputs.countryPlaceholder')}
      nothingFoundMessage={t('inputs.noMatch')}
      maxDropdownHeight={260}
      {...props}
      data={entries.map((entry) => ({ value: entry.code, label: entry.name }))}
      filter={filter}
      value={value || null}
      onChange={(code) => onChange(code ?? '')}
    />
  );
}

/** "de, tr ar" → ["de", "tr", "ar"]: the codes of a form value kept as text. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
}
