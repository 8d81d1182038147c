import { Badge, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pickLabel, type ConceptLabels } from '@passgenau/domain';
import type { Schemas } from '@passgenau/api-client';
import { formatDate } from '../../lib/format';
import { useUiLanguage } from '../../lib/i18n';

export type MatchExplanationData = Schemas['MatchExplanationResponse'];
export type MatchConcept = Schemas['ConceptRefResponse'];
type CompetenceFit = Schemas['CompetenceFitResponse'];

export interface MatchExplanationProps {
  explanation: MatchExplanationData;
  /** Labels of the codes in the explanation, as the match endpoints return them. */
  concepts: readonly MatchConcept[];
  /** The match's score in percent; shown as a bar when given. */
  percent?: number;
  /** Heading level of the explanation's title (the sections use the next level). */
  headingOrder?: 2 | 3 | 4;
}

function useLabel(concepts: readonly MatchConcept[]) {
  const language = useUiLanguage();
  const byCode = new Map(concepts.map((c) => [c.code, c.labels as ConceptLabels]));
  return (code: string) => {
    const labels = byCode.get(code);
    return (labels && pickLabel(labels, language)?.text) || code;
  };
}

function CompetenceSection({
  part,
  fit,
  label,
  order,
}: {
  part: 'required' | 'niceToHave';
  fit: CompetenceFit;
  label: (code: string) => string;
  order: 3 | 4 | 5;
}) {
  const { t } = useTranslation();
  const title = t(`matching.sections.${part}`);
  const total = fit.covered.length + fit.related.length + fit.missing.length;
  return (
    <section aria-label={title} data-testid={`match-${part}`}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Title order={order} size="sm">
          {title}
        </Title>
        {total > 0 && (
          <Text size="sm" c="dimmed">
            {t('matching.competences.summary', { covered: fit.covered.length, total })}
          </Text>
        )}
      </Group>
      {total === 0 ? (
        <Text size="sm">{t('matching.competences.none')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {fit.covered.map((c) => (
            <List.Item key={c.code} data-fit="covered">
              <bdi>{label(c.code)}</bdi> — {t('matching.competences.covered')} (
              {t(`matching.evidence.${c.evidence}`)})
            </List.Item>
          ))}
          {fit.related.map((r) => (
            <List.Item key={r.code} data-fit="related">
              <bdi>{label(r.code)}</bdi> — {t('matching.competences.related', { via: label(r.via) })} (
              {t(`matching.evidence.${r.evidence}`)})
            </List.Item>
          ))}
          {fit.missing.map((code) => (
            <List.Item key={code} data-fit="missing">
              <bdi>{label(code)}</bdi> — {t('matching.competences.missing')}
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

/**
 * Why an offer and a candidate fit, in the reader's language: the structured explanation of the
 * match endpoints (codes and numbers) worded through the catalogues, competences by their labels.
 */
export function MatchExplanation({
  explanation,
  concepts,
  percent,
  headingOrder = 3,
}: MatchExplanationProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const label = useLabel(concepts);
  const { language: german, distance, availability, wishes } = explanation;
  const km = (value: number | null) => (value === null ? '' : new Intl.NumberFormat(language).format(value));
  const sub = (headingOrder + 1) as 3 | 4 | 5;
  return (
    <Stack gap="sm" data-testid="match-explanation">
      <Title order={headingOrder}>{t('matching.title')}</Title>
      {percent !== undefined && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('matching.score', { percent })}
          </Text>
          <Progress value={percent} aria-label={t('matching.scoreLabel')} />
        </Stack>
      )}
      <CompetenceSection part="required" fit={explanation.required} label={label} order={sub} />
      <CompetenceSection part="niceToHave" fit={explanation.niceToHave} label={label} order={sub} />

      <section aria-label={t('matching.sections.language')}>
        <Title order={sub} size="sm">
          {t('matching.sections.language')}
        </Title>
        <Text size="sm">
          {t(`matching.language.fit.${german.fit}`)}
          {german.strict && german.parts.length > 0 && <> {t('matching.language.strict')}</>}
        </Text>
        {german.parts.length > 0 && (
          <List size="sm" spacing={2}>
            {german.parts.map((p) => (
              <List.Item key={p.part}>
                {t('matching.language.part', {
                  part: t(`matching.language.parts.${p.part}`),
                  actual: p.actual ?? t('matching.language.unknownLevel'),
                  minimum: p.minimum,
                })}
              </List.Item>
            ))}
          </List>
        )}
      </section>

      <section aria-label={t('matching.sections.distance')}>
        <Title order={sub} size="sm">
          {t('matching.sections.distance')}
        </Title>
        <Text size="sm">
          {t(`matching.distance.${distance.fit}`, {
            km: km(distance.km),
            travelKm: km(distance.travelKm),
            offerMaxKm: km(distance.offerMaxKm),
          })}
        </Text>
      </section>

      <section aria-label={t('matching.sections.availability')}>
        <Title order={sub} size="sm">
          {t('matching.sections.availability')}
        </Title>
        <Text size="sm">
          {availability.fit === 'late'
            ? t('matching.availability.late', {
                count: availability.lateDays,
                startsOn: formatDate(availability.startsOn, language),
              })
            : t(`matching.availability.${availability.fit}`, {
                startsOn: formatDate(availability.startsOn, language),
              })}
        </Text>
      </section>

      <section aria-label={t('matching.sections.wishes')}>
        <Title order={sub} size="sm">
          {t('matching.sections.wishes')}
        </Title>
        <Text size="sm">{t(`matching.wishes.kind.${wishes.kind}`)}</Text>
        <Text size="sm">{t(`matching.wishes.occupation.${wishes.occupation}`)}</Text>
      </section>

      <section aria-label={t('matching.sections.workPermit')}>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('matching.sections.workPermit')}
          </Text>
          <Badge variant="light" color={explanation.workPermit === 'yes' ? 'green' : 'gray'}>
            {t(`matching.workPermit.${explanation.workPermit}`)}
          </Badge>
        </Group>
      </section>
    </Stack>
  );
}
