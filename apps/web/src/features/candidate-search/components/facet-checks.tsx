import { Checkbox, Stack } from '@mantine/core';
import { useUiLanguage } from '../../../lib/i18n';
import type { FacetValue } from '../api/candidate-search';
import classes from './candidate-search.module.css';

export interface FacetChecksProps<T extends string> {
  legend: string;
  /** Every value that may be chosen, in display order. */
  values: readonly T[];
  selected: readonly T[];
  /** Facet counts of the current hits; values without hits count 0. */
  counts: readonly FacetValue[] | undefined;
  labelOf: (value: T) => string;
  onChange: (selected: T[]) => void;
  /** Leave out values without hits (unless chosen), for long lists such as the 17 occupational fields. */
  hideEmpty?: boolean;
}

/** "Metall (7)": a facet value with its number of hits, the number written as the reader's language does. */
export function withCount(label: string, count: number, language: string): string {
  return `${label} (${new Intl.NumberFormat(language).format(count)})`;
}

export function countOf(counts: readonly FacetValue[] | undefined, value: string): number {
  return counts?.find((entry) => entry.value === value)?.count ?? 0;
}

/** A group of check boxes, each with the number of hits that have the value. */
export function FacetChecks<T extends string>({
  legend,
  values,
  selected,
  counts,
  labelOf,
  onChange,
  hideEmpty = false,
}: FacetChecksProps<T>) {
  const language = useUiLanguage();
  const shown = values.filter(
    (value) => !hideEmpty || selected.includes(value) || countOf(counts, value) > 0,
  );
  if (shown.length === 0) return null;
  return (
    <fieldset className={classes.fieldset}>
      <legend className={classes.legend}>{legend}</legend>
      <Stack gap={6}>
        {shown.map((value) => (
          <Checkbox
            key={value}
            value={value}
            checked={selected.includes(value)}
            onChange={(event) =>
              onChange(
                event.currentTarget.checked
                  ? [...selected, value]
                  : selected.filter((chosen) => chosen !== value),
              )
            }
            label={
              <span data-facet-value={value}>
                {withCount(labelOf(value), countOf(counts, value), language)}
              </span>
            }
          />
        ))}
      </Stack>
    </fieldset>
  );
}
