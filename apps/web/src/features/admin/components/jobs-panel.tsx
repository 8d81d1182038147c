import { Badge, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { Pager } from '../../../components/pager';
import { formatDateTime } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import {
  isJobState,
  JOB_QUEUES,
  JOB_STATES,
  useJobs,
  useRetryJob,
  type Job,
  type JobState,
} from '../api/list-jobs';
import classes from './admin.module.css';

const PAGE_SIZE = 20;

const STATE_COLOUR: Record<JobState, string> = {
  created: 'gray',
  retry: 'yellow',
  active: 'blue',
  completed: 'teal',
  cancelled: 'gray',
  failed: 'red',
};

/** The job queue: failed deliveries and reminders first, each with a retry. */
export function JobsPanel() {
  const { t } = useTranslation();
  const [state, setState] = useState<JobState | null>('failed');
  const [page, setPage] = useState(1);
  const jobs = useJobs({ state, page, pageSize: PAGE_SIZE });
  const retry = useRetryJob();

  return (
    <Stack gap="sm">
      <Text fz="sm" c="dimmed">
        {t('admin.jobs.intro')}
      </Text>
      <NativeSelect
        size="md"
        maw={280}
        label={t('admin.jobs.stateFilter')}
        value={state ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setState(isJobState(value) ? value : null);
          setPage(1);
        }}
        data={[
          { value: '', label: t('admin.jobs.allStates') },
          ...JOB_STATES.map((value) => ({ value, label: t(`admin.jobs.states.${value}`) })),
        ]}
      />
      {retry.isError ? <ErrorAlert error={retry.error} /> : null}
      {jobs.isPending ? (
        <PageLoader />
      ) : jobs.isError ? (
        <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : (
        <>
          <Text fz="sm" c="dimmed" role="status">
            {t('admin.jobs.total', { count: jobs.data.total })}
          </Text>
          {jobs.data.items.length === 0 ? (
            <Text>{t('admin.jobs.empty')}</Text>
          ) : (
            <ul className={classes.plainList} aria-label={t('admin.tabs.jobs')}>
              {jobs.data.items.map((job) => (
                <JobItem
                  key={job.id}
                  job={job}
                  busy={retry.isPending && retry.variables === job.id}
                  onRetry={() => retry.mutate(job.id)}
                />
              ))}
            </ul>
          )}
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={jobs.data.total}
            onChange={setPage}
            label={t('admin.jobs.pages')}
          />
        </>
      )}
    </Stack>
  );
}

function JobItem({ job, busy, onRetry }: { job: Job; busy: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queue = (JOB_QUEUES as readonly string[]).includes(job.queue)
    ? t(`admin.jobs.queues.${job.queue as (typeof JOB_QUEUES)[number]}`)
    : job.queue;
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={0} miw={0} flex="1 1 260px">
            <Text fw={600} fz="sm">
              {queue}
            </Text>
            <Text fz="sm" c="dimmed">
              {formatDateTime(job.createdAt, language)} ·{' '}
              {t('admin.jobs.attempts', { count: job.attempts, max: job.maxAttempts })}
              {job.nextAttemptAt
                ? ` · ${t('admin.jobs.next', { time: formatDateTime(job.nextAttemptAt, language) })}`
                : ''}
            </Text>
          </Stack>
          <Group gap="xs">
            <Badge color={STATE_COLOUR[job.state]} variant="light">
              {t(`admin.jobs.states.${job.state}`)}
            </Badge>
            {job.state === 'failed' ? (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconRefresh size={14} aria-hidden="true" />}
                loading={busy}
                onClick={onRetry}
                aria-label={t('admin.jobs.retryNamed', { queue })}
              >
                {t('admin.jobs.retry')}
              </Button>
            ) : null}
          </Group>
        </Group>
        {job.error ? (
          // Errors come from the mail server, in its language and direction.
          <Text fz="sm" c="red" dir="ltr" style={{ overflowWrap: 'anywhere' }}>
            <bdi>{job.error}</bdi>
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
