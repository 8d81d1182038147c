import { Checkbox, CloseButton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '@passgenau/domain';
import { useUiLanguage } from '../../../lib/i18n';
import { ConceptPicker } from '../../profiles/components/concept-picker';
import { useConcept } from '../../taxonomy/api/get-concept';
import { ConceptLabel } from '../../taxonomy/components/concept-label';
import type { FacetValue } from '../api/candidate-search';
import { withCount } from './facet-checks';
import classes from './candidate-search.module.css';

/** How many of the most frequent competences of the hits are offered as check boxes. */
const FREQUENT_SHOWN = 6;

function useConceptName(code: string): string {
  const language = useUiLanguage();
  const concept = useConcept(code);
  return (concept.data && pickLabel(concept.data.labels, language)?.text) || code;
}

/** A chosen competence: its label in the reader's language and a button that removes it. */
function ChosenCompetence({ code, onRemove }: { code: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const concept = useConcept(code);
  const name = useConceptName(code);
  return (
    <li className={classes.chip} data-competence={code}>
      {concept.data ? <ConceptLabel labels={concept.data.labels} fz="sm" /> : <Text fz="sm">{code}</Text>}
      <CloseButton
        size="md"
        aria-label={t('candidateSearch.filters.removeCompetence', { name })}
        onClick={onRemove}
      />
    </li>
  );
}

function FrequentCompetence({
  facet,
  checked,
  onToggle,
}: {
  facet: FacetValue;
  checked: boolean;
  onToggle: (checked: boolean) => void;
}) {
  const language = useUiLanguage();
  const name = useConceptName(facet.value);
  return (
    <Checkbox
      checked={checked}
      onChange={(event) => onToggle(event.currentTarget.checked)}
      label={<span data-facet-value={facet.value}>{withCount(name, facet.count, language)}</span>}
    />
  );
}

export interface CompetenceFilterProps {
  value: readonly string[];
  counts: readonly FacetValue[] | undefined;
  onChange: (codes: string[]) => void;
}

/** Competences picked through the multilingual taxonomy picker, plus the most frequent ones of the hits. */
export function CompetenceFilter({ value, counts, onChange }: CompetenceFilterProps) {
  const { t } = useTranslation();
  const frequent = (counts ?? []).filter((facet) => !value.includes(facet.value)).slice(0, FREQUENT_SHOWN);
  return (
    <Stack gap="xs">
      <ConceptPicker
        kind="skills"
        label={t('candidateSearch.filters.competences')}
        description={t('candidateSearch.filters.competenceHelp')}
        placeholder={t('candidateSearch.filters.competenceSearch')}
        exclude={value}
        onPick={(picked) => onChange([...value, picked.code])}
      />
      {value.length > 0 ? (
        <ul className={classes.competences} aria-label={t('candidateSearch.filters.competences')}>
          {value.map((code) => (
            <ChosenCompetence
              key={code}
              code={code}
              onRemove={() => onChange(value.filter((c) => c !== code))}
            />
          ))}
        </ul>
      ) : null}
      {frequent.length > 0 ? (
        <fieldset className={classes.fieldset}>
          <legend className={classes.legend}>{t('candidateSearch.filters.frequentCompetences')}</legend>
          <Stack gap={6}>
            {frequent.map((facet) => (
              <FrequentCompetence
                key={facet.value}
                facet={facet}
                checked={false}
                onToggle={(checked) => {
                  if (checked) onChange([...value, facet.value]);
                }}
              />
            ))}
          </Stack>
        </fieldset>
      ) : null}
    </Stack>
  );
}
