import { Alert, Button, Group, List, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconEye, IconEyeOff, IconRefresh, IconSend, IconUsers } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CompletenessItem } from '@passgenau/domain';
import { Pseudonym, slot, withSlots } from '../../../components/bidi';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api-client';
import { useFocusInvalid } from '../../../lib/focus-invalid';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useConsentStatus } from '../../account/api/get-consent-status';
import { useConsentText } from '../../account/api/get-consent-text';
import { useGiveConsent } from '../../account/api/give-consent';
import { useProfileAction, type ProfileAction } from '../api/profile-api';
import type { Profile } from '../api/schemas';
import { publishNeeds, splitMissing } from '../model/completeness';
import type { WizardMode } from './step-props';

export interface ReviewStepProps {
  profile: Profile;
  mode: WizardMode;
  /** Saves what is still unsaved; false when that failed. */
  flush: () => Promise<boolean>;
}

/**
 * Completeness in plain words: the bar, what is missing, and what others add. A mentor (or Team IBA)
 * records observations, so for them the assessment stays on the list of what is missing.
 */
export function CompletenessBar({
  completeness,
  mode = 'candidate',
}: {
  completeness: Profile['completeness'];
  mode?: WizardMode;
}) {
  const { t } = useTranslation();
  const { own, byOthers } =
    mode === 'candidate' ? splitMissing(completeness.missing) : { own: completeness.missing, byOthers: [] };
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
      {own.length > 0 ? (
        <>
          <Text fz="sm">{t('profiles.review.missing')}</Text>
          <List size="sm" spacing={2} data-testid="missing">
            {own.map((item: CompletenessItem) => (
              <List.Item key={item}>{t(`profiles.missing.${item}`)}</List.Item>
            ))}
          </List>
        </>
      ) : (
        <Text fz="sm">{t('profiles.review.nothingMissing')}</Text>
      )}
      {byOthers.includes('evidence') ? (
        <Group gap={6} wrap="nowrap" align="flex-start" data-testid="added-by-others">
          <IconUsers size={16} aria-hidden="true" style={{ flex: 'none', marginTop: 2 }} />
          <Stack gap={0}>
            <Text fz="sm" c="dimmed">
              {t('profiles.review.byOthers')}
            </Text>
            <Text fz="sm" c="dimmed">
              {t('profiles.review.evidenceByOthers')}
            </Text>
          </Stack>
        </Group>
      ) : null}
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
      <Alert
        color="teal"
        variant="light"
        icon={<IconEye aria-hidden="true" />}
        data-testid="visibility"
        data-outcome
      >
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
    <Alert
      color="gray"
      variant="light"
      icon={<IconEyeOff aria-hidden="true" />}
      data-testid="visibility"
      data-outcome
    >
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
  const consent = useConsentStatus(profile.candidateId);
  // Known before pressing "Publish": the API would refuse without consent or the minimum content.
  const needs = publishNeeds(profile.completeness.missing, consent.data ? consent.data.searchable : null);
  const needsId = useId();
  // A refused action: focus on its message. A done one replaces the pressed button ("Publish" becomes
  // "Reconfirm"/"Unpublish"): focus moves to what it changed, the visibility of the profile.
  const { ref } = useFocusInvalid<HTMLDivElement>(action.error);
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!action.isSuccess) return;
    const target = outcome.current?.querySelector<HTMLElement>('[data-outcome]');
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  }, [action.isSuccess, action.data, profile.status, profile.visibility.visible]);

  return (
    <Stack gap="lg" ref={ref}>
      <CompletenessBar completeness={profile.completeness} mode={mode} />
      <div ref={outcome}>
        <VisibilityText profile={profile} />
      </div>
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
          {withSlots(t('profiles.review.published', { pseudonym: slot('pseudonym') }), {
            pseudonym: <Pseudonym value={profile.pseudonym} />,
          })}
        </Alert>
      ) : null}
      <Text fz="sm" c="dimmed">
        {t('profiles.review.pseudonym')}{' '}
        <strong data-testid="pseudonym">
          <Pseudonym value={profile.pseudonym} />
        </strong>
      </Text>
      {profile.status === 'draft' && needs.length > 0 ? (
        <Alert color="blue" variant="light" title={t('profiles.review.needsFirst')} id={needsId}>
          <List size="sm" data-testid="publish-needs">
            {needs.map((need) => (
              <List.Item key={need}>{t(`profiles.publishErrors.${need}`)}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Group gap="sm">
        {profile.status === 'draft' ? (
          <Button
            leftSection={<IconSend size={18} aria-hidden="true" />}
            loading={action.isPending}
            disabled={needs.length > 0}
            aria-describedby={needs.length > 0 ? needsId : undefined}
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
