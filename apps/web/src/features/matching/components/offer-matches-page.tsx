import { Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowBack, IconMapPin } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Pseudonym, slot, withSlots } from '../../../components/bidi';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { Pager } from '../../../components/pager';
import { isolate } from '../../../lib/bidi';
import { ContactActions } from '../../contacts';
import { useOffer } from '../../jobs/api/offers';
import type { Schemas } from '@passgenau/api-client';
import { useOfferMatch, useOfferMatches } from '../api';
import { MatchExplanation } from '../match-explanation';
import classes from './matching.module.css';

type CandidateMatch = Schemas['CandidateMatchItem'];

/** Candidates per page of the list. */
const PAGE_SIZE = 10;

function PercentBadge({ percent }: { percent: number }) {
  const { t } = useTranslation();
  return (
    <Badge
      size="lg"
      variant="light"
      color={percent >= 70 ? 'teal' : percent >= 40 ? 'cyan' : 'gray'}
      tt="none"
    >
      {t('matchLists.percent', { percent })}
    </Badge>
  );
}

function CandidateMatchCard({
  offerId,
  match,
  rank,
}: {
  offerId: string;
  match: CandidateMatch;
  rank: number;
}) {
  const { t } = useTranslation();
  const required = match.explanation.required;
  const requiredCount = required.covered.length + required.related.length + required.missing.length;
  return (
    <Paper withBorder radius="md" p="md" className={classes.item} data-pseudonym={match.pseudonym}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Stack gap={0}>
            <Text fz="xs" c="dimmed">
              {t('matchLists.rank', { rank })}
            </Text>
            <Title order={2} fz="lg">
              {withSlots(t('matchLists.offer.candidate', { pseudonym: slot('pseudonym') }), {
                pseudonym: <Pseudonym value={match.pseudonym} />,
              })}
            </Title>
          </Stack>
          <PercentBadge percent={match.percent} />
        </Group>
        <Group gap="md" wrap="wrap">
          {match.homeTownName ? (
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={16} aria-hidden="true" />
              <Text component="span" fz="sm">
                {match.homeTownName}
              </Text>
            </Group>
          ) : null}
          {requiredCount > 0 ? (
            <Text fz="sm">
              {t('matchLists.offer.covered', { covered: required.covered.length, required: requiredCount })}
            </Text>
          ) : null}
        </Group>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/offers/${offerId}/matches/${encodeURIComponent(match.pseudonym)}`}
            variant="light"
            size="sm"
            aria-label={`${t('matchLists.why')}: ${t('matchLists.offer.candidate', { pseudonym: match.pseudonym })}`}
          >
            {t('matchLists.why')}
          </Button>
        </Group>
        <ContactActions pseudonym={match.pseudonym} offerId={offerId} />
      </Stack>
    </Paper>
  );
}

function OfferHeading({ offerId, title }: { offerId: string; title: string }) {
  const { t } = useTranslation();
  const offer = useOffer(offerId);
  return (
    <Stack gap={4}>
      <Anchor component={Link} to="/company" fz="sm">
        {t('matchLists.offer.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      {offer.data ? (
        <Text fw={600} dir="auto">
          {t('matchLists.offer.forOffer', { title: isolate(offer.data.title) })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** /offers/:offerId/matches: the candidates that fit one of the firm's offers, best first. */
export function OfferMatchesPage({ offerId, actions }: { offerId: string; actions?: ReactNode }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const matches = useOfferMatches(offerId, { page, pageSize: PAGE_SIZE });
  const data = matches.data;
  return (
    <Stack gap="lg" maw={880}>
      <OfferHeading offerId={offerId} title={t('matchLists.offer.title')} />
      <Text c="dimmed">{t('matchLists.offer.intro')}</Text>
      {actions}
      <Text role="status" aria-live="polite" fw={600} mih={24}>
        {matches.isFetching ? <Loader size="xs" me={8} aria-hidden="true" /> : null}
        {data ? t('matchLists.offer.total', { count: data.total }) : null}
      </Text>
      {matches.isError ? <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} /> : null}
      {data && data.items.length === 0 ? <Text c="dimmed">{t('matchLists.offer.empty')}</Text> : null}
      {data && data.items.length > 0 ? (
        <ol className={classes.list} aria-label={t('matchLists.offer.list')}>
          {data.items.map((match, index) => (
            <li key={match.pseudonym}>
              <CandidateMatchCard
                offerId={offerId}
                match={match}
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
          label={t('matchLists.offer.pages')}
        />
      ) : null}
    </Stack>
  );
}

/** /offers/:offerId/matches/:pseudonym: one candidate of the offer's matches with its explanation. */
export function OfferMatchPage({ offerId, pseudonym }: { offerId: string; pseudonym: string }) {
  const { t } = useTranslation();
  const match = useOfferMatch(offerId, pseudonym);
  if (match.isPending) return <PageLoader />;
  if (match.isError) return <ErrorAlert error={match.error} onRetry={() => void match.refetch()} />;
  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/offers/${offerId}/matches`} fz="sm">
          <Group gap={4} component="span">
            <IconArrowBack size={14} aria-hidden="true" />
            {t('matchLists.offer.backToList')}
          </Group>
        </Anchor>
        <Title order={1}>
          {withSlots(t('matchLists.offer.candidate', { pseudonym: slot('pseudonym') }), {
            pseudonym: <Pseudonym value={match.data.pseudonym} />,
          })}
        </Title>
        {/* The score is shown once, with its bar, in the explanation below. */}
        {match.data.homeTownName ? <Text fz="sm">{match.data.homeTownName}</Text> : null}
      </Stack>
      <Paper withBorder radius="md" p="md" className={classes.explanation}>
        <MatchExplanation
          explanation={match.data.explanation}
          concepts={match.data.concepts}
          percent={match.data.percent}
          headingOrder={2}
        />
      </Paper>
      <Group>
        <Button
          component={Link}
          to={`/profiles/${encodeURIComponent(match.data.pseudonym)}`}
          variant="default"
        >
          {t('matchLists.offer.openProfile')}
        </Button>
      </Group>
    </Stack>
  );
}
