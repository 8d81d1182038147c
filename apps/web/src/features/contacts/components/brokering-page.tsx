import { Button, Group, Modal, Paper, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pseudonym, slot, withSlots } from '../../../components/bidi';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { UserText, LISTING_LANGUAGE } from '../../../components/user-text';
import { formatDateTime } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useSession } from '../../auth/session/session-context';
import {
  useAcceptedContacts,
  useBrokerDecision,
  useBrokerQueue,
  useContactSettings,
  useSetBrokered,
  type QueuedRequest,
  type StaffContact,
} from '../api';
import { OutcomeForm, OutcomeList } from './outcomes';
import classes from './contacts.module.css';

function BrokeredSetting() {
  const { t } = useTranslation();
  const { account } = useSession();
  const settings = useContactSettings();
  const set = useSetBrokered();
  const mayChange = account?.role === 'coordinator' || account?.role === 'admin';
  if (settings.isPending) return <PageLoader />;
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        {mayChange ? (
          <Switch
            label={t('contacts.brokering.setting')}
            description={t('contacts.brokering.settingHint')}
            checked={settings.data.brokered}
            disabled={set.isPending}
            onChange={(e) => set.mutate(e.currentTarget.checked)}
          />
        ) : (
          <Text fw={600}>{t('contacts.brokering.setting')}</Text>
        )}
        <Text fz="sm" role="status">
          {settings.data.brokered ? t('contacts.brokering.on') : t('contacts.brokering.off')}
        </Text>
        {set.isError ? <ErrorAlert error={set.error} /> : null}
      </Stack>
    </Paper>
  );
}

function QueuedCard({ request }: { request: QueuedRequest }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const decide = useBrokerDecision();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  return (
    <Paper withBorder radius="md" p="md" className={classes.item} data-request={request.id}>
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {withSlots(t('contacts.brokering.to', { pseudonym: slot('pseudonym') }), {
            pseudonym: <Pseudonym value={request.pseudonym} />,
          })}
        </Title>
        <Text fz="sm">
          {withSlots(t('contacts.brokering.from', { company: slot('company') }), {
            company: <UserText lang={LISTING_LANGUAGE}>{request.companyName}</UserText>,
          })}
          {request.offerTitle ? (
            <>
              {' · '}
              <UserText lang={LISTING_LANGUAGE}>{request.offerTitle}</UserText>
            </>
          ) : null}
          {' · '}
          {formatDateTime(request.createdAt, language)}
        </Text>
        <blockquote className={classes.message} dir="auto">
          {request.message}
        </blockquote>
        {decide.isError ? <ErrorAlert error={decide.error} /> : null}
        <Group gap="xs" wrap="wrap">
          <Button
            size="sm"
            loading={decide.isPending}
            onClick={() => decide.mutate({ id: request.id, kind: 'pass-on' })}
          >
            {t('contacts.brokering.passOn')}
          </Button>
          <Button size="sm" variant="default" onClick={() => setReturning(true)}>
            {t('contacts.brokering.return')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={returning}
        onClose={() => setReturning(false)}
        title={t('contacts.brokering.returnTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        <Stack gap="md">
          <Textarea
            label={t('contacts.brokering.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={1000}
            minRows={3}
            autosize
            required
            dir="auto"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={!comment.trim()}
              loading={decide.isPending}
              onClick={() =>
                decide.mutate(
                  { id: request.id, kind: 'return', comment },
                  { onSuccess: () => setReturning(false) },
                )
              }
            >
              {t('contacts.brokering.confirmReturn')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function AcceptedCard({ contact }: { contact: StaffContact }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" className={classes.item} data-request={contact.id}>
      <Stack gap="xs">
        <Title order={3} fz="lg">
          {withSlots(t('contacts.brokering.to', { pseudonym: slot('pseudonym') }), {
            pseudonym: <Pseudonym value={contact.pseudonym} />,
          })}
        </Title>
        <Text fz="sm">
          {withSlots(t('contacts.brokering.from', { company: slot('company') }), {
            company: <UserText lang={LISTING_LANGUAGE}>{contact.companyName}</UserText>,
          })}
          {contact.offerTitle ? (
            <>
              {' · '}
              <UserText lang={LISTING_LANGUAGE}>{contact.offerTitle}</UserText>
            </>
          ) : null}
        </Text>
        <OutcomeList outcomes={contact.outcomes} headingId={`outcomes-${contact.id}`} />
        <OutcomeForm requestId={contact.id} />
      </Stack>
    </Paper>
  );
}

/** /brokering: the district's contact setting; for IBA staff the queue of requests to pass on or return. */
export function BrokeringPage() {
  const { t } = useTranslation();
  const { account } = useSession();
  const staff = account?.role === 'iba_staff';
  const queue = useBrokerQueue(staff);
  const accepted = useAcceptedContacts(staff);
  return (
    <Stack gap="lg" maw={880}>
      <Title order={1}>{t('contacts.brokering.title')}</Title>
      <Text c="dimmed">{t('contacts.brokering.intro')}</Text>
      <BrokeredSetting />
      {staff ? (
        <Stack gap="md">
          <Title order={2} fz="xl">
            {t('contacts.brokering.queue')}
          </Title>
          {queue.isPending ? <PageLoader /> : null}
          {queue.isError ? <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} /> : null}
          {queue.data && queue.data.items.length === 0 ? (
            <Text c="dimmed">{t('contacts.brokering.empty')}</Text>
          ) : null}
          {queue.data && queue.data.items.length > 0 ? (
            <ul className={classes.list} aria-label={t('contacts.brokering.queue')}>
              {queue.data.items.map((request) => (
                <li key={request.id}>
                  <QueuedCard request={request} />
                </li>
              ))}
            </ul>
          ) : null}
          <Title order={2} fz="xl">
            {t('contacts.brokering.accepted')}
          </Title>
          {accepted.isError ? (
            <ErrorAlert error={accepted.error} onRetry={() => void accepted.refetch()} />
          ) : null}
          {accepted.data && accepted.data.items.length === 0 ? (
            <Text c="dimmed">{t('contacts.brokering.noAccepted')}</Text>
          ) : null}
          {accepted.data && accepted.data.items.length > 0 ? (
            <ul className={classes.list} aria-label={t('contacts.brokering.accepted')}>
              {accepted.data.items.map((contact) => (
                <li key={contact.id}>
                  <AcceptedCard contact={contact} />
                </li>
              ))}
            </ul>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
