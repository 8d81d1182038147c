import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBuilding, IconChevronDown, IconMapPin } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { Pager } from '../../../components/pager';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import type { Schemas } from '@passgenau/api-client';
import { useCandidateMatches } from '../api';
import { MatchExplanation } from '../match-explanation';
import classes from './matching.module.css';

type OfferMatchItem = Schemas['OfferMatchItem'];
type ConceptRef = Schemas['ConceptRefResponse'];

/** Offers per page of the list. */
const PAGE_SIZE = 10;

function OfferMatchCard({
  match,
  concepts,
  rank,
}: {
  match: OfferMatchItem;
  concepts: ConceptRef[];
  rank: number;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const { offer } = match;
  return (
    <Paper withBorder radius="md" p="md" className={classes.item} data-offer-id={offer.id}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Stack gap={2} miw={0} flex="1 1 220px">
            <Text fz="xs" c="dimmed">
              {t('matchLists.rank', { rank })} · {t(`jobs.kinds.${offer.kind}`)}
            </Text>
            <Title order={2} fz="lg">
              <Anchor component={Link} to={`/jobs/${offer.id}`} inherit dir="auto">
                {offer.title}
              </Anchor>
            </Title>
          </Stack>
          <Badge size="lg" variant="light" color={match.percent >= 70 ? 'teal' : 'cyan'} tt="none">
            {t('matchLists.percent', { percent: match.percent })}
          </Badge>
        </Group>
        <Group gap="md" wrap="wrap">
          <Group gap={4} wrap="nowrap" miw={0}>
            <IconBuilding size={16} aria-hidden="true" />
            <Text component="span" fz="sm" dir="auto">
              {offer.companyName}
            </Text>
          </Group>
          {offer.place ? (
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={16} aria-hidden="true" />
              <Text component="span" fz="sm">
                {offer.place}
              </Text>
            </Group>
          ) : null}
          {offer.startsOn ? (
            <Text component="span" fz="sm" c="dimmed">
              {t('matchLists.mine.startsOn', { date: formatDate(offer.startsOn, language) })}
            </Text>
          ) : null}
        </Group>
        <Group>
          <Button
            variant="light"
            size="sm"
            aria-expanded={open}
            aria-controls={panelId}
            rightSection={
              <IconChevronDown
                size={16}
                aria-hidden="true"
                style={{ transform: open ? 'rotate(180deg)' : undefined }}
              />
            }
            onClick={() => setOpen((value) => !value)}
          >
            {open ? t('matchLists.hideWhy') : t('matchLists.why')}
          </Button>
        </Group>
        <div id={panelId} hidden={!open}>
          {open ? (
            <div className={classes.explanation}>
              <MatchExplanation explanation={match.explanation} concepts={concepts} headingOrder={3} />
            </div>
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
}

export interface CandidateMatchesPageProps {
  /** A mentor's or IBA staff's candidate; null for the candidate's own offers. */
  candidateId: string | null;
}

/** /matches (the candidate) and /candidates/:id/matches (their mentors, IBA staff): open offers that fit, best first. */
export function CandidateMatchesPage({ candidateId }: CandidateMatchesPageProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const matches = useCandidateMatches(candidateId, { page, pageSize: PAGE_SIZE });
  const data = matches.data;
  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Anchor component={Link} to="/account" fz="sm">
          {t('nav.myAccount')}
        </Anchor>
        <Title order={1}>{candidateId ? t('matchLists.mine.link') : t('matchLists.mine.title')}</Title>
        <Text c="dimmed">{candidateId ? t('matchLists.mine.mentorIntro') : t('matchLists.mine.intro')}</Text>
      </Stack>
      <Text role="status" aria-live="polite" fw={600} mih={24}>
        {matches.isFetching ? <Loader size="xs" me={8} aria-hidden="true" /> : null}
        {data ? t('matchLists.mine.total', { count: data.total }) : null}
      </Text>
      {matches.isError ? <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} /> : null}
      {data && data.blockedBy.length > 0 ? (
        <Alert color="orange" variant="light">
          <Stack gap={4}>
            {data.blockedBy.map((reason) => (
              <Text key={reason} fz="sm">
                {t(`matchLists.mine.blocked.${reason as 'may_not_work' | 'too_far' | 'german_far_below'}`)}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      {data && data.items.length === 0 && data.blockedBy.length === 0 ? (
        <Text c="dimmed">{t('matchLists.mine.empty')}</Text>
      ) : null}
      {data && data.items.length > 0 ? (
        <ol className={classes.list} aria-label={t('matchLists.mine.list')}>
          {data.items.map((match, index) => (
            <li key={match.offer.id}>
              <OfferMatchCard
                match={match}
                concepts={data.concepts}
                rank={(data.page - 1) * data.pageSize + index + 1}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {data ? (
        <Pager
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          onChange={(next) => setParams(next > 1 ? { page: String(next) } : {})}
          label={t('matchLists.mine.pages')}
        />
      ) : null}
    </Stack>
  );
}
