import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { districtToday } from '@passgenau/domain';
import { DateField } from '../../../components/date-field';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import {
  ENDED_REASONS,
  OUTCOME_STAGES,
  useRecordOutcome,
  type EndedReason,
  type Outcome,
  type OutcomeStage,
} from '../api';
import classes from './contacts.module.css';

/** The stages an accepted contact went through, oldest first. */
export function OutcomeList({ outcomes, headingId }: { outcomes: Outcome[]; headingId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Stack gap={4}>
      <Title order={3} fz="md" id={headingId}>
        {t('contacts.outcomes.title')}
      </Title>
      {outcomes.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('contacts.outcomes.empty')}
        </Text>
      ) : (
        <ol className={classes.outcomes} aria-labelledby={headingId}>
          {outcomes.map((o) => (
            <li key={o.id}>
              <Text fz="sm" component="span">
                {t('contacts.outcomes.entry', {
                  stage: t(`contacts.outcomes.stages.${o.stage}`),
                  date: formatDate(o.occurredOn, language),
                })}
                {o.endedReason ? ` – ${t(`contacts.outcomes.endedReasons.${o.endedReason}`)}` : ''}{' '}
                <Text component="span" c="dimmed" fz="sm">
                  ({t(`contacts.outcomes.by.${o.recordedByRole}`, { defaultValue: o.recordedByRole })})
                </Text>
              </Text>
            </li>
          ))}
        </ol>
      )}
    </Stack>
  );
}

/** Records the next stage of an accepted contact (the firm, an authorised mentor, IBA staff). */
export function OutcomeForm({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const record = useRecordOutcome(requestId);
  const [stage, setStage] = useState<OutcomeStage | null>(null);
  const [date, setDate] = useState(districtToday());
  const [reason, setReason] = useState<EndedReason | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!stage || !date) return;
    record.mutate(
      { stage, occurredOn: date, endedReason: stage === 'ended' ? reason : null },
      { onSuccess: () => setStage(null) },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t('contacts.outcomes.record')}>
      <Stack gap="xs">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('contacts.outcomes.stage')}
            data={OUTCOME_STAGES.map((s) => ({ value: s, label: t(`contacts.outcomes.stages.${s}`) }))}
            value={stage}
            onChange={(value) => setStage(value as OutcomeStage | null)}
            required
            w={240}
          />
          <DateField
            label={t('contacts.outcomes.date')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            required
            w={180}
          />
          {stage === 'ended' ? (
            <Select
              label={t('contacts.outcomes.endedReason')}
              data={ENDED_REASONS.map((r) => ({ value: r, label: t(`contacts.outcomes.endedReasons.${r}`) }))}
              value={reason}
              onChange={(value) => setReason(value as EndedReason | null)}
              required
              w={240}
            />
          ) : null}
          <Button
            type="submit"
            loading={record.isPending}
            disabled={!stage || !date || (stage === 'ended' && !reason)}
          >
            {t('contacts.outcomes.save')}
          </Button>
        </Group>
        {record.isError ? <ErrorAlert error={record.error} /> : null}
        {record.isSuccess ? (
          <Text role="status" fz="sm" c="teal.8">
            {t('contacts.outcomes.saved')}
          </Text>
        ) : null}
      </Stack>
    </form>
  );
}
