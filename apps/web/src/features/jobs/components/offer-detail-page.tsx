import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowRight,
  IconBuilding,
  IconExternalLink,
  IconMapPin,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { GERMAN_SKILLS, textDirection } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { ConceptLabel } from '../../taxonomy/components/concept-label';
import { useJobOffer } from '../api/job-board';
import type { ConceptRef } from '../api/schemas';
import { InterestPanel } from './interest-panel';
import { GermanNeeded, KindBadge, OccupationLabel } from './offer-bits';
import classes from './jobs.module.css';
import { LISTING_LANGUAGE, UserText } from '../../../components/user-text';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text fz="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </Stack>
  );
}

function CompetenceList({ title, items }: { title: string; items: ConceptRef[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={2} fz="lg">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('jobs.offer.none')}</Text>
      ) : (
        <List spacing={4} aria-label={title}>
          {items.map((item) => (
            <List.Item key={item.code}>
              <ConceptLabel labels={item.labels} />
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** /jobs/:id: one offer, with its competences in the reader's language. */
export function OfferDetailPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { id = '' } = useParams();
  const offer = useJobOffer(id);
  const BackIcon = textDirection(language) === 'rtl' ? IconArrowRight : IconArrowLeft;

  const back = (
    <Anchor component={Link} to="/jobs" fz="sm">
      <Group gap={4} component="span">
        <BackIcon size={16} aria-hidden="true" />
        {t('jobs.offer.back')}
      </Group>
    </Anchor>
  );
  if (offer.isPending) return <PageLoader />;
  if (offer.isError) {
    return (
      <Stack>
        {back}
        <ErrorAlert error={offer.error} />
      </Stack>
    );
  }
  const o = offer.data;
  const town = [o.place?.postalCode, o.place?.townName ?? o.place?.locality].filter(Boolean).join(' ');
  const perSkill = GERMAN_SKILLS.filter((skill) => o.germanMinimum[skill]);

  return (
    <Stack gap="lg" maw={880}>
      {back}
      <Stack gap="xs">
        <Group gap="xs">
          <KindBadge kind={o.kind} />
          {o.suitableForCareerChangers ? (
            <Badge variant="outline" color="gray" tt="none">
              {t('jobs.offer.careerChangers')}
            </Badge>
          ) : null}
        </Group>
        <span className={classes.occupation}>
          <OccupationLabel occupation={o.occupation} />
        </span>
        <Title order={1} dir="auto" className={classes.title}>
          <UserText lang={o.descriptionLang} fallbackLang={LISTING_LANGUAGE}>
            {o.title}
          </UserText>
        </Title>
        <Group gap="md" className={classes.meta}>
          <span className={classes.metaItem}>
            <IconBuilding size={16} aria-hidden="true" />
            <UserText lang={LISTING_LANGUAGE}>{o.company.name}</UserText>
          </span>
          {town ? (
            <span className={classes.metaItem}>
              <IconMapPin size={16} aria-hidden="true" />
              <UserText lang={LISTING_LANGUAGE}>{[o.place?.street, town].filter(Boolean).join(', ')}</UserText>
            </span>
          ) : null}
        </Group>
      </Stack>

      <Paper withBorder radius="lg" p="md">
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
          <Fact label={t('jobs.offer.german')}>
            <GermanNeeded minimum={o.germanMinimum} />
            {perSkill.map((skill) => (
              <Text key={skill} fz="sm" c="dimmed">
                {t(`jobs.offer.germanSkills.${skill}`)}: {o.germanMinimum[skill]}
              </Text>
            ))}
          </Fact>
          {o.startsOn ? <Fact label={t('jobs.offer.starts')}>{formatDate(o.startsOn, language)}</Fact> : null}
          {o.hoursPerWeek ? <Fact label={t('jobs.offer.hours')}>{o.hoursPerWeek}</Fact> : null}
          {o.durationWeeks ? (
            <Fact label={t('jobs.offer.duration')}>
              {t('jobs.offer.durationWeeks', { count: o.durationWeeks })}
            </Fact>
          ) : null}
          <Fact label={t('jobs.offer.places')}>{o.places}</Fact>
          {o.closesOn ? <Fact label={t('jobs.offer.closes')}>{formatDate(o.closesOn, language)}</Fact> : null}
          {o.helpfulLanguages.length > 0 ? (
            <Fact label={t('jobs.offer.helpfulLanguages')}>{o.helpfulLanguages.join(', ')}</Fact>
          ) : null}
        </SimpleGrid>
      </Paper>

      <InterestPanel offerId={o.id} interestMarkedAt={o.interestMarkedAt} />

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <CompetenceList title={t('jobs.offer.required')} items={o.requiredCompetences} />
        <CompetenceList title={t('jobs.offer.niceToHave')} items={o.niceToHaveCompetences} />
      </SimpleGrid>

      {o.description ? (
        <Stack gap="xs">
          <Title order={2} fz="lg">
            {t('jobs.offer.description')}
          </Title>
          <Text component="div" style={{ whiteSpace: 'pre-line' }}>
            <UserText component="div" lang={o.descriptionLang} fallbackLang={LISTING_LANGUAGE}>
              {o.description}
            </UserText>
          </Text>
        </Stack>
      ) : null}

      {o.externalUrl ? (
        <Anchor href={o.externalUrl} target="_blank" rel="noopener noreferrer">
          <Group gap={4} component="span">
            <IconExternalLink size={16} aria-hidden="true" />
            {t('jobs.offer.original')}
          </Group>
        </Anchor>
      ) : null}

      {o.companyProfile.website ? (
        <Stack gap={4}>
          <Title order={2} fz="lg">
            {t('jobs.offer.aboutCompany')}
          </Title>
          <Anchor href={o.companyProfile.website} target="_blank" rel="noopener noreferrer" dir="ltr">
            {o.companyProfile.website}
          </Anchor>
        </Stack>
      ) : null}
    </Stack>
  );
}
