import { Alert, Button, Group, List, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconEye, IconEyeOff, IconRefresh, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CompletenessItem } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useConsentStatus } from '../../account/api/get-consent-status';
import { useConsentText } from '../../account/api/get-consent-text';
import { useGiveConsent } from '../../account/api/give-consent';
import { useProfileAction, type ProfileAction } from '../api/profile-api';
import type { Profile } from '../api/schemas';
import type { WizardMode } from './step-props';

export interface ReviewStepProps {
  profile: Profile;
  mode: WizardMode;
  /** Saves what is still unsaved; false when that failed. */
  flush: () => Promise<boolean>;
}

/** Completeness in plain words: the bar and what is missing. */
export function CompletenessBar({ completeness }: { completeness: Profile['completeness'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text fw={600}>{t('profiles.review.completeness')}</Text>
        <Text fw={600}>{completeness.percent} %</Text>
      </Group>
      <Progress
        value={completeness.percent}
        size="lg"
        radius="xl"
        color={completeness.publishable ? 'teal' : 'orange'}
        aria-label={t('profiles.review.completeness')}
      />
      {completeness.missing.length > 0 ? (
        <>
          <Text fz="sm">{t('profiles.review.missing')}</Text>
          <List size="sm" spacing={2}>
            {completeness.missing.map((item: CompletenessItem) => (
              <List.Item key={item}>{t(`profiles.missing.${item}`)}</List.Item>
            ))}
          </List>
        </>
      ) : (
        <Text fz="sm">{t('profiles.review.nothingMissing')}</Text>
      )}
    </Stack>
  );
}

/** "Visible to employers since …" or "Hidden because …". */
export function VisibilityText({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { visibility } = profile;
  if (visibility.visible) {
    return (
      <Alert color="teal" variant="light" icon={<IconEye aria-hidden="true" />} data-testid="visibility">
        <Text>{t('profiles.visibility.visible', { date: formatDate(visibility.since, language) })}</Text>
        {visibility.reconfirmBy ? (
          <Text fz="sm">
            {t('profiles.visibility.reconfirmBy', { date: formatDate(visibility.reconfirmBy, language) })}
          </Text>
        ) : null}
      </Alert>
    );
  }
  return (
    <Alert color="gray" variant="light" icon={<IconEyeOff aria-hidden="true" />} data-testid="visibility">
      <Text>{t('profiles.visibility.hidden')}</Text>
      <List size="sm">
        {visibility.reasons.map((reason) => (
          <List.Item key={reason}>{t(`profiles.visibility.reasons.${reason}`)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

function ConsentBlock({ candidateId, mode }: { candidateId: string; mode: WizardMode }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const status = useConsentStatus(candidateId);
  const text = useConsentText();
  const give = useGiveConsent();
  if (!status.data || status.data.searchable) return null;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Text fw={600}>{t('profiles.consent.title')}</Text>
        <Text fz="sm">
          {mode === 'mentor' ? t('profiles.consent.mentorHint') : t('profiles.consent.candidateHint')}
        </Text>
        {text.data ? (
          <Text fz="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {text.data.body[language]}
          </Text>
        ) : null}
        {give.isError ? <ErrorAlert error={give.error} /> : null}
        <Group gap="sm">
          <Button
            variant="light"
            disabled={!text.data}
            loading={give.isPending}
            onClick={() => text.data && give.mutate({ candidateId, textVersion: text.data.version })}
          >
            {mode === 'mentor' ? t('profiles.consent.giveOnBehalf') : t('profiles.consent.give')}
          </Button>
          {mode === 'candidate' ? (
            <Button component={Link} to="/account" variant="subtle">
              {t('profiles.consent.account')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Step 7: what is missing, who can see the profile, and publish, unpublish or reconfirm. */
export function ReviewStep({ profile, mode, flush }: ReviewStepProps) {
  const { t } = useTranslation();
  const action = useProfileAction(profile.candidateId);
  const [last, setLast] = useState<ProfileAction | null>(null);
  const run = async (which: ProfileAction) => {
    setLast(which);
    if (!(await flush())) return;
    action.mutate(which);
  };
  const publishErrors =
    action.error instanceof ApiError && action.error.statusCode === 422 ? (action.error.errors ?? []) : [];

  return (
    <Stack gap="lg">
      <CompletenessBar completeness={profile.completeness} />
      <VisibilityText profile={profile} />
      <ConsentBlock candidateId={profile.candidateId} mode={mode} />
      {publishErrors.length > 0 ? (
        <Alert color="orange" variant="light" role="alert" title={t('profiles.review.cannotPublish')}>
          <List size="sm">
            {publishErrors.map((error) => (
              <List.Item key={error.field}>
                {t(`profiles.publishErrors.${error.field}` as 'profiles.publishErrors.consent')}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : action.isError ? (
        <ErrorAlert error={action.error} />
      ) : null}
      {action.isSuccess && last === 'publish' && profile.status === 'published' ? (
        <Alert color="teal" variant="light" role="status">
          {t('profiles.review.published', { pseudonym: profile.pseudonym })}
        </Alert>
      ) : null}
      <Text fz="sm" c="dimmed">
        {t('profiles.review.pseudonym')} <strong data-testid="pseudonym">{profile.pseudonym}</strong>
      </Text>
      <Group gap="sm">
        {profile.status === 'draft' ? (
          <Button
            leftSection={<IconSend size={18} aria-hidden="true" />}
            loading={action.isPending}
            onClick={() => void run('publish')}
          >
            {t('profiles.review.publish')}
          </Button>
        ) : (
          <>
            <Button
              variant="light"
              leftSection={<IconRefresh size={18} aria-hidden="true" />}
              loading={action.isPending && last === 'reconfirm'}
              onClick={() => void run('reconfirm')}
            >
              {t('profiles.review.reconfirm')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconEyeOff size={18} aria-hidden="true" />}
              loading={action.isPending && last === 'unpublish'}
              onClick={() => void run('unpublish')}
            >
              {t('profiles.review.unpublish')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
