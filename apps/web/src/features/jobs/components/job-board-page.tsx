import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { Pager } from '../../../components/pager';
import { useSession } from '../../auth/session/session-context';
import { SaveSearchButton } from '../../saved-searches/components/save-search-button';
import { useJobBoard } from '../api/job-board';
import { JobFilterBar } from './job-filter-bar';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  jobBoardQuery,
  type JobFilters,
} from './job-filters';
import { OfferCard } from './offer-card';
import classes from './jobs.module.css';

/** /jobs: the public job board. */
export function JobBoardPage() {
  const { t } = useTranslation();
  const { account } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const board = useJobBoard(jobBoardQuery(filters));
  const change = (next: JobFilters) => setSearchParams(filtersToSearchParams(next), { replace: true });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} flex="1 1 20rem">
          <Title order={1}>{t('jobs.title')}</Title>
          <Text c="dimmed">{t('jobs.intro')}</Text>
        </Stack>
        {account?.role === 'candidate' || account?.role === 'mentor' ? (
          <SaveSearchButton kind="offers" query={jobBoardQuery(filters)} />
        ) : null}
      </Group>
      <JobFilterBar filters={filters} onChange={change} />
      <Text role="status" aria-live="polite" fw={600} mih={24}>
        {board.isPending ? <Loader size="sm" aria-hidden="true" /> : null}
        {board.data ? t('jobs.results.count', { count: board.data.total }) : null}
      </Text>
      {board.isError ? <ErrorAlert error={board.error} onRetry={() => void board.refetch()} /> : null}
      {board.data && board.data.items.length === 0 ? <Text c="dimmed">{t('jobs.results.empty')}</Text> : null}
      {board.data && board.data.items.length > 0 ? (
        <ul className={classes.grid} aria-label={t('jobs.results.list')}>
          {board.data.items.map((offer) => (
            <li key={offer.id}>
              <OfferCard offer={offer} />
            </li>
          ))}
        </ul>
      ) : null}
      {board.data ? (
        <Pager
          page={board.data.page}
          pageSize={board.data.pageSize}
          total={board.data.total}
          onChange={(page) => change({ ...filters, page })}
          label={t('jobs.results.pages')}
        />
      ) : null}
    </Stack>
  );
}
