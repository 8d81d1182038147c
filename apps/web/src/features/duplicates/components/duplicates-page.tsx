import { Alert, Badge, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowBackUp, IconGitMerge } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { SectionCard } from '../../../components/section-card';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import {
  MERGE_REASON_MAX_LENGTH,
  useDismiss,
  useDuplicates,
  useMerge,
  useMergedRecords,
  useRestore,
  type DuplicateCandidate,
  type DuplicatePair,
  type MergedRecord,
  type MergeResult,
} from '../api/duplicates-api';

const pairKey = (pair: DuplicatePair) => `${pair.candidateA.id}:${pair.candidateB.id}`;

function CandidateName({ candidate }: { candidate: DuplicateCandidate }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text fw={600}>
        <bdi>{candidate.name}</bdi>
      </Text>
      {candidate.birthYear ? (
        <Text fz="sm" c="dimmed">
          {t('duplicates.born', { year: candidate.birthYear })}
        </Text>
      ) : null}
    </Stack>
  );
}

function MergeForm({
  pair,
  onCancel,
  onMerged,
}: {
  pair: DuplicatePair;
  onCancel: () => void;
  onMerged: (result: MergeResult) => void;
}) {
  const { t } = useTranslation();
  const merge = useMerge();
  const [keep, setKeep] = useState(pair.candidateA.id);
  const [reason, setReason] = useState('');
  const remove = keep === pair.candidateA.id ? pair.candidateB.id : pair.candidateA.id;
  const error = merge.error;
  const notFlagged = error instanceof ApiError && error.code === 'DUPLICATE_PAIR_NOT_FLAGGED';
  return (
    <form
      aria-label={t('duplicates.merge.title')}
      onSubmit={(event) => {
        event.preventDefault();
        merge.mutate({ keep, remove, reason: reason.trim() }, { onSuccess: onMerged });
      }}
    >
      <Stack gap="sm">
        <Text fz="sm">{t('duplicates.merge.explain')}</Text>
        <Radio.Group label={t('duplicates.merge.keep')} value={keep} onChange={setKeep} required>
          <Stack gap={4} mt={4}>
            {[pair.candidateA, pair.candidateB].map((candidate) => (
              <Radio
                key={candidate.id}
                value={candidate.id}
                label={
                  <bdi>
                    {candidate.name}
                    {candidate.birthYear ? ` (${candidate.birthYear})` : ''}
                  </bdi>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          required
          label={t('duplicates.merge.reason')}
          description={t('duplicates.merge.reasonHelp')}
          value={reason}
          maxLength={MERGE_REASON_MAX_LENGTH}
          rows={3}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        {error ? (
          notFlagged ? (
            <Alert color="red" variant="light" role="alert">
              {t('duplicates.merge.notFlagged')}
            </Alert>
          ) : (
            <ErrorAlert error={error} />
          )
        ) : null}
        <Group gap="sm">
          <Button
            type="submit"
            color="red"
            leftSection={<IconGitMerge size={16} aria-hidden="true" />}
            loading={merge.isPending}
            disabled={reason.trim() === ''}
          >
            {t('duplicates.merge.confirm')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('duplicates.merge.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PairItem({ pair, onMerged }: { pair: DuplicatePair; onMerged: (result: MergeResult) => void }) {
  const { t } = useTranslation();
  const dismiss = useDismiss();
  const [merging, setMerging] = useState(false);
  const labelId = useId();
  return (
    <Paper component="li" withBorder radius="md" p="sm" aria-labelledby={labelId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Group gap="lg" align="flex-start" id={labelId}>
            <CandidateName candidate={pair.candidateA} />
            <CandidateName candidate={pair.candidateB} />
          </Group>
          <Group gap="xs">
            <Badge color={pair.strength === 'likely' ? 'orange' : 'gray'} variant="light">
              {t(`duplicates.strength.${pair.strength}`)}
            </Badge>
            <Text fz="sm" c="dimmed">
              {t(`duplicates.reason.${pair.reason}`)}
            </Text>
          </Group>
        </Group>
        {dismiss.error ? <ErrorAlert error={dismiss.error} /> : null}
        {merging ? (
          <MergeForm pair={pair} onCancel={() => setMerging(false)} onMerged={onMerged} />
        ) : (
          <Group gap="sm">
            <Button
              variant="default"
              size="xs"
              loading={dismiss.isPending}
              onClick={() =>
                dismiss.mutate({ candidateA: pair.candidateA.id, candidateB: pair.candidateB.id })
              }
            >
              {t('duplicates.dismiss')}
            </Button>
            <Button variant="light" size="xs" onClick={() => setMerging(true)}>
              {t('duplicates.mergeOpen')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function MergedItem({ record, onRestored }: { record: MergedRecord; onRestored: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const restore = useRestore();
  const error = restore.error;
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={4}>
        <Text fw={600}>
          {t('duplicates.merges.removedInto', { removed: record.removedName, kept: record.kept.name })}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('duplicates.merges.by', {
            name: record.mergedByName,
            date: formatDate(record.mergedAt, language),
          })}
          {' · '}
          {t('duplicates.merges.until', { date: formatDate(record.restorableUntil, language) })}
        </Text>
        <Text fz="sm">
          <bdi>{record.reason}</bdi>
        </Text>
        {error ? (
          error instanceof ApiError && error.code === 'MERGE_NOT_RESTORABLE' ? (
            <Alert color="red" variant="light" role="alert">
              {t('duplicates.merges.notRestorable')}
            </Alert>
          ) : (
            <ErrorAlert error={error} />
          )
        ) : null}
        <Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
            loading={restore.isPending}
            onClick={() => restore.mutate(record.archiveId, { onSuccess: onRestored })}
          >
            {t('duplicates.merges.restore')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** /duplicates (IBA staff, admins): possible duplicate records, merging a pair and undoing a merge. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const pairs = useDuplicates();
  const merged = useMergedRecords();
  const [result, setResult] = useState<MergeResult | null>(null);
  const [restored, setRestored] = useState(false);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('duplicates.title')}</Title>
      {result ? (
        <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setResult(null)}>
          <Stack gap={4}>
            <span>{t('duplicates.merge.done', { date: formatDate(result.restorableUntil, language) })}</span>
            <span>
              {result.candidateNotified
                ? t('duplicates.merge.notified', { number: result.mentorsMoved })
                : t('duplicates.merge.notNotified')}
            </span>
          </Stack>
        </Alert>
      ) : null}
      {restored ? (
        <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setRestored(false)}>
          {t('duplicates.merges.restored')}
        </Alert>
      ) : null}
      <SectionCard title={t('duplicates.title')} description={t('duplicates.intro')}>
        {pairs.isPending ? (
          <PageLoader />
        ) : pairs.isError ? (
          <ErrorAlert error={pairs.error} onRetry={() => void pairs.refetch()} />
        ) : pairs.data.length === 0 ? (
          <Text>{t('duplicates.empty')}</Text>
        ) : (
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('duplicates.title')}
          >
            {pairs.data.map((pair) => (
              <PairItem
                key={pairKey(pair)}
                pair={pair}
                onMerged={(merge) => {
                  setRestored(false);
                  setResult(merge);
                }}
              />
            ))}
          </Stack>
        )}
      </SectionCard>
      <SectionCard title={t('duplicates.merges.title')} description={t('duplicates.merges.intro')}>
        {merged.isPending ? (
          <PageLoader />
        ) : merged.isError ? (
          <ErrorAlert error={merged.error} onRetry={() => void merged.refetch()} />
        ) : merged.data.length === 0 ? (
          <Text>{t('duplicates.merges.empty')}</Text>
        ) : (
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('duplicates.merges.title')}
          >
            {merged.data.map((record) => (
              <MergedItem
                key={record.archiveId}
                record={record}
                onRestored={() => {
                  setResult(null);
                  setRestored(true);
                }}
              />
            ))}
          </Stack>
        )}
      </SectionCard>
    </Stack>
  );
}
