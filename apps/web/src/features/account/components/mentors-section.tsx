import { Badge, Button, Group, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconHeartHandshake, IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { FormError } from '../../../components/form-error';
import { PageLoader } from '../../../components/page-loader';
import { SectionCard } from '../../../components/section-card';
import { errorMessageKey } from '../../../lib/error-message';
import { apiFieldErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { isEmailLike } from '../../../lib/validation';
import { useAuthoriseMentor } from '../api/authorise-mentor';
import { useMyMentors, type Mentorship } from '../api/list-my-mentors';
import { useWithdrawMentor } from '../api/withdraw-mentor';
import classes from './account.module.css';
import { isolate } from '../../../lib/bidi';

export function MentorsSection() {
  const { t } = useTranslation();
  const mentors = useMyMentors();
  const [withdrawing, setWithdrawing] = useState<Mentorship | null>(null);
  const active = mentors.data?.filter((mentorship) => mentorship.active) ?? [];
  const former = mentors.data?.filter((mentorship) => !mentorship.active) ?? [];

  return (
    <SectionCard
      title={t('account.mentors.title')}
      description={t('account.mentors.intro')}
      icon={IconHeartHandshake}
    >
      {mentors.isPending ? (
        <PageLoader />
      ) : mentors.isError ? (
        <ErrorAlert error={mentors.error} onRetry={() => void mentors.refetch()} />
      ) : (
        <Stack gap="sm">
          {active.length === 0 ? <Text>{t('account.mentors.none')}</Text> : null}
          {active.length > 0 ? (
            <ul className={classes.plainList} aria-label={t('account.mentors.activeList')}>
              {active.map((mentorship) => (
                <MentorItem
                  key={mentorship.id}
                  mentorship={mentorship}
                  onWithdraw={() => setWithdrawing(mentorship)}
                />
              ))}
            </ul>
          ) : null}
          {former.length > 0 ? (
            <>
              <Text fw={600} fz="sm" mt="xs">
                {t('account.mentors.formerTitle')}
              </Text>
              <ul className={classes.plainList} aria-label={t('account.mentors.formerTitle')}>
                {former.map((mentorship) => (
                  <MentorItem key={mentorship.id} mentorship={mentorship} />
                ))}
              </ul>
            </>
          ) : null}
        </Stack>
      )}
      <AuthoriseMentorForm />
      <WithdrawMentorDialog mentorship={withdrawing} onClose={() => setWithdrawing(null)} />
    </SectionCard>
  );
}

interface MentorItemProps {
  mentorship: Mentorship;
  onWithdraw?: () => void;
}

function MentorItem({ mentorship, onWithdraw }: MentorItemProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      data-mentor={mentorship.mentorEmail ?? mentorship.mentorAccountId}
    >
      <Group justify="space-between" gap="sm" align="center">
        <Stack gap={2} miw={0} flex="1 1 200px">
          <Group gap="xs">
            <Text fw={600}>{mentorship.mentorName}</Text>
            {mentorship.active ? (
              <Badge color="teal" variant="light">
                {t('account.mentors.activeBadge')}
              </Badge>
            ) : (
              <Badge color="gray" variant="light">
                {t('account.mentors.withdrawnBadge')}
              </Badge>
            )}
          </Group>
          {mentorship.mentorEmail ? (
            <Text fz="sm" c="dimmed">
              <bdi dir="ltr">{mentorship.mentorEmail}</bdi>
            </Text>
          ) : null}
          <Text fz="sm" c="dimmed">
            {mentorship.active
              ? mentorship.grantedWhenMentorCreatedAccount
                ? t('account.mentors.sinceCreated', { date: formatDate(mentorship.grantedAt, language) })
                : t('account.mentors.since', { date: formatDate(mentorship.grantedAt, language) })
              : t('account.mentors.withdrawnOn', { date: formatDate(mentorship.withdrawnAt, language) })}
          </Text>
        </Stack>
        {onWithdraw ? (
          <Button
            variant="light"
            color="red"
            leftSection={<IconUserMinus size={18} aria-hidden="true" />}
            onClick={onWithdraw}
            aria-label={t('account.mentors.withdrawNamed', { name: isolate(mentorship.mentorName) })}
          >
            {t('account.mentors.withdraw')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}

function WithdrawMentorDialog({
  mentorship,
  onClose,
}: {
  mentorship: Mentorship | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawMentor();
  const close = () => {
    withdraw.reset();
    onClose();
  };
  return (
    <Modal
      opened={mentorship !== null}
      onClose={close}
      title={t('account.mentors.confirmTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      {mentorship ? (
        <Stack gap="md">
          <Text>{t('account.mentors.confirmText', { name: isolate(mentorship.mentorName) })}</Text>
          {withdraw.isError ? <ErrorAlert error={withdraw.error} /> : null}
          <Group justify="flex-end" gap="sm">
            {/* The safe choice gets the focus when the dialog opens. */}
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={withdraw.isPending}
              onClick={() => withdraw.mutate(mentorship.id, { onSuccess: close })}
            >
              {t('account.mentors.confirmButton')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}

function AuthoriseMentorForm() {
  const { t } = useTranslation();
  const authorise = useAuthoriseMentor();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const serverErrors = apiFieldErrors(authorise.error, ['mentorEmail'], ({ field }, error) => {
    if (field !== 'mentorEmail') return null;
    if (error.code === 'MENTOR_NOT_FOUND') return 'account.mentors.notFound';
    if (error.code === 'MENTOR_ALREADY_AUTHORISED') return 'account.mentors.already';
    return null;
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isEmailLike(email)) {
      setProblem(email.trim() === '' ? t('validation.required') : t('validation.email'));
      return;
    }
    authorise.mutate(email.trim(), { onSuccess: () => setEmail('') });
  };

  return (
    <FormStack gap="sm" onSubmit={submit} className={classes.subForm}>
      <Text fw={600}>{t('account.mentors.addTitle')}</Text>
      {authorise.isError && !serverErrors.mentorEmail ? (
        <FormError>{t(errorMessageKey(authorise.error))}</FormError>
      ) : null}
      <TextInput
        size="md"
        label={t('account.mentors.addLabel')}
        description={t('account.mentors.addHint')}
        name="mentorEmail"
        type="email"
        autoComplete="off"
        dir="ltr"
        value={email}
        onChange={(event) => {
          setEmail(event.currentTarget.value);
          setProblem(undefined);
          if (authorise.isError) authorise.reset();
        }}
        error={problem ?? (serverErrors.mentorEmail ? t(serverErrors.mentorEmail) : undefined)}
      />
      <Group>
        <Button
          type="submit"
          size="md"
          loading={authorise.isPending}
          leftSection={<IconUserPlus size={18} aria-hidden="true" />}
        >
          {t('account.mentors.addSubmit')}
        </Button>
      </Group>
    </FormStack>
  );
}
