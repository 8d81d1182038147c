import { Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconBriefcase, IconBulb, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { pickLabel, textDirection, type TaxonomyHit } from '@passgenau/domain';
import { useUiLanguage } from '../../../lib/i18n';
import { ConceptLabel } from './concept-label';
import { DistinctionLine } from './distinction-line';
import classes from './taxonomy.module.css';

export interface TaxonomyHitListProps {
  hits: TaxonomyHit[];
  label: string;
  onSelect: (hit: TaxonomyHit) => void;
}

export function TaxonomyHitList({ hits, label, onSelect }: TaxonomyHitListProps) {
  return (
    <ul className={classes.hits} aria-label={label}>
      {hits.map((hit) => (
        <li key={hit.code}>
          <TaxonomyHitItem hit={hit} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}

interface TaxonomyHitItemProps {
  hit: TaxonomyHit;
  onSelect: (hit: TaxonomyHit) => void;
}

function TaxonomyHitItem({ hit, onSelect }: TaxonomyHitItemProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const shown = pickLabel(hit.labels, language);
  // The German name is what employers see; it also tells apart hits whose translations coincide.
  const distinction = hit.distinction ?? null;
  const german =
    language !== 'de' && shown?.lang !== 'de' && distinction?.kind !== 'label' ? hit.labels.de : undefined;
  // Say which label the query hit when the reader cannot see it: another language or another name.
  const matched =
    hit.matched &&
    hit.matched.text !== shown?.text &&
    hit.matched.text !== german?.text &&
    hit.matched.text !== distinction?.text
      ? hit.matched
      : null;
  const KindIcon = hit.kind === 'occupation' ? IconBriefcase : IconBulb;

  return (
    <UnstyledButton
      className={classes.hit}
      data-code={hit.code}
      data-kind={hit.kind}
      onClick={() => onSelect(hit)}
    >
      <ThemeIcon variant="light" size={36} radius="md" aria-hidden="true">
        <KindIcon size={20} stroke={1.7} />
      </ThemeIcon>
      <div className={classes.hitText}>
        <ConceptLabel labels={hit.labels} fw={600} />
        {german ? (
          <Text fz="xs" c="dimmed" mt={2}>
            {t('language.names.de')}:{' '}
            <span lang="de" dir="ltr">
              {german.text}
            </span>
          </Text>
        ) : null}
        <DistinctionLine distinction={distinction} />
        {matched ? (
          <Text fz="xs" c="dimmed" mt={2}>
            {t('explorer.matchedVia')}{' '}
            <span lang={matched.lang} dir={textDirection(matched.lang)}>
              {matched.text}
            </span>
          </Text>
        ) : null}
      </div>
      <IconChevronRight size={18} className={classes.chevron} aria-hidden="true" />
    </UnstyledButton>
  );
}
