import { Badge, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '@passgenau/domain';
import { isolate } from '../../../lib/bidi';
import { useUiLanguage } from '../../../lib/i18n';
import { ConceptLabel } from '../../taxonomy/components/concept-label';
import { EvidenceMark, type EvidenceMarkValue } from '../../candidate-search/components/evidence-mark';
import { formatKm } from '../../candidate-search/components/candidate-hit-card';
import type { ConceptRef, MatchExplanationData } from '../api/matches';
import classes from './matching.module.css';

type CompetenceFit = MatchExplanationData['required'];
type Tier = CompetenceFit['covered'][number]['evidence'];

/** The explanation's evidence tiers as the search's evidence marks ("confirmed" is IBA's confirmation). */
const MARK_OF_TIER: Record<Tier, EvidenceMarkValue> = {
  self: 'self',
  mentor: 'mentor',
  assessed: 'assessed',
  confirmed: 'iba',
};

function Concept({ code, concepts }: { code: string; concepts: ReadonlyMap<string, ConceptRef> }) {
  const concept = concepts.get(code);
  return concept ? (
    <ConceptLabel labels={concept.labels} fz="sm" />
  ) : (
    <Text span fz="sm">
      {code}
    </Text>
  );
}

function CompetenceFitList({
  title,
  fit,
  concepts,
  order,
}: {
  title: string;
  fit: CompetenceFit;
  concepts: ReadonlyMap<string, ConceptRef>;
  order: TitleOrder;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const nameOf = (code: string) => {
    const labels = concepts.get(code)?.labels;
    return (labels && pickLabel(labels, language)?.text) || code;
  };
  const empty = fit.covered.length + fit.related.length + fit.missing.length === 0;
  return (
    <Stack gap={4}>
      <Title order={order} fz="sm">
        {title}
      </Title>
      {empty ? (
        <Text fz="sm" c="dimmed">
          {t('matchLists.explanation.none')}
        </Text>
      ) : (
        <ul className={classes.fitList}>
          {fit.covered.map((item) => (
            <li key={`c-${item.code}`} className={classes.fitItem} data-fit="covered">
              <IconCheck size={16} aria-hidden="true" className={classes.ok} />
              <span className={classes.fitText}>
                <Concept code={item.code} concepts={concepts} />
                <Text span fz="xs" c="dimmed">
                  {t('matchLists.explanation.covered')}
                </Text>
                <EvidenceMark evidence={MARK_OF_TIER[item.evidence]} />
              </span>
            </li>
          ))}
          {fit.related.map((item) => (
            <li key={`r-${item.code}`} className={classes.fitItem} data-fit="related">
              <IconCheck size={16} aria-hidden="true" className={classes.partly} />
              <span className={classes.fitText}>
                <Concept code={item.code} concepts={concepts} />
                <Text span fz="xs" c="dimmed">
                  {t('matchLists.explanation.related', { via: isolate(nameOf(item.via)) })}
                </Text>
                <EvidenceMark evidence={MARK_OF_TIER[item.evidence]} />
              </span>
            </li>
          ))}
          {fit.missing.map((code) => (
            <li key={`m-${code}`} className={classes.fitItem} data-fit="missing">
              <IconX size={16} aria-hidden="true" className={classes.missing} />
              <span className={classes.fitText}>
                <Concept code={code} concepts={concepts} />
                <Badge size="sm" variant="outline" color="gray" tt="none">
                  {t('matchLists.explanation.missing')}
                </Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}

export interface MatchExplanationViewProps {
  explanation: MatchExplanationData;
  /** Labels of the codes in the explanation, as the match endpoints send them. */
  concepts: readonly ConceptRef[];
  /** Level of the part headings, under the heading of the match. */
  headingOrder?: TitleOrder;
}

/** Why a match fits, worded in the reader's language from the explanation's codes and numbers. */
export function MatchExplanationView({ explanation, concepts, headingOrder = 3 }: MatchExplanationViewProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const byCode = new Map(concepts.map((concept) => [concept.code, concept]));
  const km = (value: number) => isolate(formatKm(value, language));
  const { language: german, distance, availability, wishes } = explanation;
  return (
    <Stack gap="sm" className={classes.explanation} data-match-explanation="">
      <CompetenceFitList
        title={t('matchLists.explanation.required')}
        fit={explanation.required}
        concepts={byCode}
        order={headingOrder}
      />
      {explanation.niceToHave.covered.length +
        explanation.niceToHave.related.length +
        explanation.niceToHave.missing.length >
      0 ? (
        <CompetenceFitList
          title={t('matchLists.explanation.niceToHave')}
          fit={explanation.niceToHave}
          concepts={byCode}
          order={headingOrder}
        />
      ) : null}
      <Stack gap={2}>
        <Title order={headingOrder} fz="sm">
          {t('matchLists.explanation.german')}
        </Title>
        <Text fz="sm" data-fit={german.fit}>
          {t(`matchLists.explanation.languageFit.${german.fit}`)}
        </Text>
        {german.parts.map((part) => (
          <Text key={part.part} fz="xs" c="dimmed">
            {t('matchLists.explanation.germanPart', {
              part: t(`matchLists.explanation.germanParts.${part.part}`),
              actual: part.actual ?? t('matchLists.explanation.notStated'),
              minimum: part.minimum,
            })}
          </Text>
        ))}
      </Stack>
      <Stack gap={2}>
        <Title order={headingOrder} fz="sm">
          {t('matchLists.explanation.distance')}
        </Title>
        <Text fz="sm" data-fit={distance.fit}>
          {distance.fit === 'unknown' || distance.km === null
            ? t('matchLists.explanation.distanceFit.unknown')
            : t(`matchLists.explanation.distanceFit.${distance.fit}`, {
                km: km(distance.km),
                travel: km(distance.travelKm),
                offerMax: km(distance.offerMaxKm ?? distance.travelKm),
              })}
        </Text>
      </Stack>
      <Stack gap={2}>
        <Title order={headingOrder} fz="sm">
          {t('matchLists.explanation.availability')}
        </Title>
        <Text fz="sm" data-fit={availability.fit}>
          {availability.fit === 'late'
            ? t('matchLists.explanation.availabilityFit.late', { count: availability.lateDays })
            : t(`matchLists.explanation.availabilityFit.${availability.fit}`)}
        </Text>
      </Stack>
      <Stack gap={2}>
        <Title order={headingOrder} fz="sm">
          {t('matchLists.explanation.wishes')}
        </Title>
        <Text fz="sm">
          {t(`matchLists.explanation.occupationWish.${wishes.occupation}`)}
          {' · '}
          {t(`matchLists.explanation.kindWish.${wishes.kind}`)}
        </Text>
      </Stack>
      <Text fz="sm">
        {t('matchLists.explanation.workPermit')}: {t(`profiles.mayWork.${explanation.workPermit}`)}
      </Text>
    </Stack>
  );
}
