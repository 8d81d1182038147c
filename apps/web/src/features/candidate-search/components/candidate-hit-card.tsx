import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMapPin, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Pseudonym, slot, withSlots } from '../../../components/bidi';
import { isolate } from '../../../lib/bidi';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { ContactActions } from '../../contacts';
import { ConceptLabel } from '../../taxonomy/components/concept-label';
import type { CandidateHit } from '../api/candidate-search';
import { EvidenceMark } from './evidence-mark';
import classes from './candidate-search.module.css';

/** Matched competences shown per hit; the rest is counted. */
const SHOWN_COMPETENCES = 5;

export function formatKm(km: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(km);
}

/** One candidate of the employer's search: pseudonym, matched competences with evidence, German, town, distance. */
export function CandidateHitCard({ hit, nearName }: { hit: CandidateHit; nearName: string | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const shown = hit.matchedCompetences.slice(0, SHOWN_COMPETENCES);
  const more = hit.matchedCompetences.length - shown.length;
  return (
    <Paper withBorder radius="md" p="md" className={classes.hit} data-pseudonym={hit.pseudonym}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Title order={3} fz="lg">
            <Anchor component={Link} to={`/profiles/${encodeURIComponent(hit.pseudonym)}`} inherit>
              {withSlots(t('candidateSearch.hit.candidate', { pseudonym: slot('pseudonym') }), {
                pseudonym: <Pseudonym value={hit.pseudonym} />,
              })}
            </Anchor>
          </Title>
          <Badge variant="light" tt="none" size="lg">
            {hit.germanLevel
              ? t('candidateSearch.hit.german', { level: hit.germanLevel })
              : t('candidateSearch.hit.noGerman')}
          </Badge>
        </Group>
        <Group gap="md" wrap="wrap">
          {hit.townName ? (
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={16} aria-hidden="true" />
              <Text component="span" fz="sm">
                {hit.townName}
              </Text>
            </Group>
          ) : null}
          {hit.distanceKm !== null ? (
            <Group gap={4} wrap="nowrap">
              <IconRoute size={16} aria-hidden="true" />
              <Text component="span" fz="sm" data-distance="">
                {nearName
                  ? t('candidateSearch.hit.fromNear', {
                      km: isolate(formatKm(hit.distanceKm, language)),
                      place: isolate(nearName),
                    })
                  : t('candidateSearch.hit.distance', { km: isolate(formatKm(hit.distanceKm, language)) })}
              </Text>
            </Group>
          ) : null}
          {hit.availableFrom ? (
            <Text component="span" fz="sm" c="dimmed">
              {t('candidateSearch.hit.availableFrom', { date: formatDate(hit.availableFrom, language) })}
            </Text>
          ) : null}
        </Group>
        {shown.length > 0 ? (
          <Stack gap={4}>
            <Text fz="sm" fw={600} id={`matched-${hit.pseudonym}`}>
              {t('candidateSearch.hit.matched')}
            </Text>
            <ul className={classes.competences} aria-labelledby={`matched-${hit.pseudonym}`}>
              {shown.map((competence) => (
                <li key={competence.code} className={classes.competence}>
                  <ConceptLabel labels={competence.labels} fz="sm" />
                  <EvidenceMark evidence={competence.evidence} />
                </li>
              ))}
            </ul>
            {more > 0 ? (
              <Text fz="xs" c="dimmed">
                {t('candidateSearch.hit.more', { count: more })}
              </Text>
            ) : null}
          </Stack>
        ) : (
          <Text fz="sm" c="dimmed">
            {t('candidateSearch.hit.noneMatched', { count: hit.competenceCount })}
          </Text>
        )}
        {hit.wishedOccupations.length > 0 ? (
          <Text fz="sm" className={classes.wishes}>
            <Text span fz="sm" c="dimmed">
              {t('candidateSearch.hit.wishes')}:
            </Text>{' '}
            {hit.wishedOccupations.slice(0, 2).map((occupation, index) => (
              <span key={occupation.code}>
                {index > 0 ? ' · ' : null}
                <ConceptLabel labels={occupation.labels} fz="sm" />
              </span>
            ))}
          </Text>
        ) : null}
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline" color={hit.mayWork === 'yes' ? 'teal' : 'gray'} tt="none">
            {t(`profiles.mayWork.${hit.mayWork}`)}
          </Badge>
          {hit.drivingLicences.length > 0 ? (
            <Badge variant="outline" color="gray" tt="none">
              {t('candidateSearch.filters.licence')}
            </Badge>
          ) : null}
        </Group>
        <ContactActions pseudonym={hit.pseudonym} />
      </Stack>
    </Paper>
  );
}
