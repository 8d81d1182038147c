import { Button, Checkbox, Group, Modal, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { UserText, LISTING_LANGUAGE } from '../../../components/user-text';
import { slot, withSlots } from '../../../components/bidi';
import { isolate } from '../../../lib/bidi';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useSession } from '../../auth/session/session-context';
import { DECLINE_REASONS, useAnswerRequest, useInbox, type DeclineReason, type InboxRequest } from '../api';
import { OutcomeForm, OutcomeList } from './outcomes';
import { StatusBadge } from './status-badge';
import classes from './contacts.module.css';

type Dialog = 'accept' | 'decline' | 'block' | null;

/** Accept (choose what to share), decline (with a reason) or block the firm. */
function AnswerDialog({
  request,
  dialog,
  onClose,
}: {
  request: InboxRequest;
  dialog: Dialog;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const answer = useAnswerRequest();
  const [shareEmail, setShareEmail] = useState(true);
  const [sharePhone, setSharePhone] = useState(false);
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const close = () => {
    answer.reset();
    onClose();
  };
  const done = { onSuccess: close };
  const titles = {
    accept: t('contacts.inbox.acceptTitle'),
    decline: t('contacts.inbox.declineTitle'),
    block: t('contacts.inbox.blockTitle'),
  };
  return (
    <Modal
      opened={dialog !== null}
      onClose={close}
      title={dialog ? titles[dialog] : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <Stack gap="md">
        {dialog === 'accept' ? (
          <>
            <Text>{t('contacts.inbox.acceptIntro', { company: isolate(request.companyName) })}</Text>
            <Checkbox label={t('contacts.inbox.shareName')} checked disabled />
            <Checkbox
              label={t('contacts.inbox.shareEmail')}
              checked={shareEmail}
              onChange={(e) => setShareEmail(e.currentTarget.checked)}
            />
            <Checkbox
              label={t('contacts.inbox.sharePhone')}
              checked={sharePhone}
              onChange={(e) => setSharePhone(e.currentTarget.checked)}
            />
          </>
        ) : null}
        {dialog === 'decline' ? (
          <Select
            label={t('contacts.inbox.reason')}
            data={DECLINE_REASONS.map((r) => ({ value: r, label: t(`contacts.declineReasons.${r}`) }))}
            value={reason}
            onChange={(value) => setReason(value as DeclineReason | null)}
            required
          />
        ) : null}
        {dialog === 'block' ? (
          <Text>{t('contacts.inbox.blockIntro', { company: isolate(request.companyName) })}</Text>
        ) : null}
        {answer.isError ? <ErrorAlert error={answer.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          {dialog === 'accept' ? (
            <Button
              loading={answer.isPending}
              onClick={() => answer.mutate({ id: request.id, kind: 'accept', shareEmail, sharePhone }, done)}
            >
              {t('contacts.inbox.confirmAccept')}
            </Button>
          ) : null}
          {dialog === 'decline' ? (
            <Button
              loading={answer.isPending}
              disabled={!reason}
              onClick={() => reason && answer.mutate({ id: request.id, kind: 'decline', reason }, done)}
            >
              {t('contacts.inbox.confirmDecline')}
            </Button>
          ) : null}
          {dialog === 'block' ? (
            <Button
              color="red"
              loading={answer.isPending}
              onClick={() => answer.mutate({ id: request.id, kind: 'block' }, done)}
            >
              {t('contacts.inbox.confirmBlock')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}

function InboxCard({ request, mentor }: { request: InboxRequest; mentor: boolean }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [dialog, setDialog] = useState<Dialog>(null);
  const shared = [
    t('contacts.inbox.shareName'),
    ...(request.shareEmail ? [t('contacts.inbox.shareEmail')] : []),
    ...(request.sharePhone ? [t('contacts.inbox.sharePhone')] : []),
  ];
  return (
    <Paper withBorder radius="md" p="md" className={classes.item} data-request={request.id}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Stack gap={0}>
            {mentor ? (
              <Text fz="sm" c="dimmed">
                {t('contacts.inbox.forCandidate', { name: isolate(request.candidateName) })}
              </Text>
            ) : null}
            <Title order={2} fz="lg">
              <UserText lang={LISTING_LANGUAGE}>{request.companyName}</UserText>
            </Title>
          </Stack>
          <StatusBadge status={request.status} />
        </Group>
        <Text fz="sm">
          {request.offerTitle
            ? withSlots(t('contacts.shortlist.forOffer', { title: slot('title') }), {
                title: <UserText lang={LISTING_LANGUAGE}>{request.offerTitle}</UserText>,
              })
            : t('contacts.send.noOffer')}
          {' · '}
          {t('contacts.inbox.receivedOn', { date: formatDate(request.receivedAt, language) })}
          {request.status === 'open' && request.expiresAt
            ? ` · ${t('contacts.sent.openUntil', { date: formatDate(request.expiresAt, language) })}`
            : ''}
        </Text>
        <Text fz="sm" fw={600}>
          {t('contacts.inbox.message')}
        </Text>
        <blockquote className={classes.message} dir="auto">
          {request.message}
        </blockquote>
        {request.status === 'open' ? (
          <Group gap="xs" wrap="wrap">
            <Button size="sm" onClick={() => setDialog('accept')}>
              {t('contacts.inbox.accept')}
            </Button>
            <Button size="sm" variant="default" onClick={() => setDialog('decline')}>
              {t('contacts.inbox.decline')}
            </Button>
            <Button size="sm" variant="subtle" color="red" onClick={() => setDialog('block')}>
              {t('contacts.inbox.block')}
            </Button>
          </Group>
        ) : null}
        {request.status === 'declined' && request.declineReason ? (
          <Text fz="sm">
            {t('contacts.sent.reason', { reason: t(`contacts.declineReasons.${request.declineReason}`) })}
          </Text>
        ) : null}
        {request.status === 'accepted' ? (
          <>
            <Text fz="sm">{t('contacts.inbox.shared', { items: shared.join(', ') })}</Text>
            <OutcomeList outcomes={request.outcomes} headingId={`outcomes-${request.id}`} />
            {mentor ? <OutcomeForm requestId={request.id} /> : null}
          </>
        ) : null}
      </Stack>
      <AnswerDialog request={request} dialog={dialog} onClose={() => setDialog(null)} />
    </Paper>
  );
}

/** /contact-requests: requests that reached the candidate, or the candidates a mentor acts for. */
export function InboxPage() {
  const { t } = useTranslation();
  const { account } = useSession();
  const mentor = account?.role === 'mentor';
  const inbox = useInbox();
  return (
    <Stack gap="lg" maw={880}>
      <Title order={1}>{t('contacts.inbox.title')}</Title>
      <Text c="dimmed">{mentor ? t('contacts.inbox.introMentor') : t('contacts.inbox.intro')}</Text>
      {inbox.isPending ? <PageLoader /> : null}
      {inbox.isError ? <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
      {inbox.data && inbox.data.items.length === 0 ? (
        <Text c="dimmed">{t('contacts.inbox.empty')}</Text>
      ) : null}
      {inbox.data && inbox.data.items.length > 0 ? (
        <ul className={classes.list} aria-label={t('contacts.inbox.title')}>
          {inbox.data.items.map((request) => (
            <li key={request.id}>
              <InboxCard request={request} mentor={mentor} />
            </li>
          ))}
        </ul>
      ) : null}
    </Stack>
  );
}
