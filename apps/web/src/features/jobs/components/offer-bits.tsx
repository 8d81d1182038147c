import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfferKind } from '@passgenau/domain';
import { ConceptLabel } from '../../taxonomy/components/concept-label';
import type { GermanMinimumResponse, OccupationRef } from '../api/schemas';

const KIND_COLOURS: Record<OfferKind, string> = {
  apprenticeship: 'teal',
  job: 'blue',
  internship: 'grape',
  eq: 'orange',
};

export function KindBadge({ kind }: { kind: OfferKind }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={KIND_COLOURS[kind]}
      variant="light"
      radius="sm"
      tt="none"
      data-kind={kind}
      flex="none"
      maw="60%"
      styles={{
        root: { height: 'auto', minHeight: 'var(--badge-height)' },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' },
      }}
    >
      {t(`jobs.kinds.${kind}`)}
    </Badge>
  );
}

/** The occupation in the reader's language through the taxonomy, else German (marked). */
export function OccupationLabel({ occupation, fw = 600 }: { occupation: OccupationRef | null; fw?: number }) {
  const { t } = useTranslation();
  if (!occupation) {
    return (
      <Text component="span" c="dimmed" fz="sm">
        {t('jobs.offer.noOccupation')}
      </Text>
    );
  }
  // Hyphenated in the label's own language (ConceptLabel sets `lang`); broken inside a word only where
  // the browser has no hyphenation patterns for that language.
  return (
    <ConceptLabel
      labels={occupation.labels}
      fw={fw}
      data-testid="occupation-label"
      style={{ hyphens: 'auto', overflowWrap: 'break-word', minWidth: 0 }}
    />
  );
}

/** "at least B1" or "not stated". */
export function GermanNeeded({ minimum }: { minimum: GermanMinimumResponse }) {
  const { t } = useTranslation();
  const level = minimum.highest ?? minimum.overall;
  return <>{level ? t('jobs.offer.germanMin', { level }) : t('jobs.offer.germanNone')}</>;
}
