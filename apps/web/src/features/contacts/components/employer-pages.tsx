import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconMail, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { Pseudonym, slot, withSlots } from '../../../components/bidi';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { Pager } from '../../../components/pager';
import { UserText, LISTING_LANGUAGE } from '../../../components/user-text';
import { isolate } from '../../../lib/bidi';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import {
  useRemoveFromShortlist,
  useSentRequests,
  useShortlist,
  useUpdateShortlistNote,
  type SentRequest,
  type ShortlistEntry,
} from '../api';
import { SendRequestDialog } from './contact-actions';
import { OutcomeForm, OutcomeList } from './outcomes';
import { StatusBadge } from './status-badge';
import classes from './contacts.module.css';

/** Tabs between the firm's two contact pages. */
function EmployerTabs() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Group component="nav" aria-label={t('contacts.nav.employer')} gap="xs">
      {[
        { to: '/shortlist', label: t('contacts.tabs.shortlist') },
        { to: '/contact-requests/sent', label: t('contacts.tabs.sent') },
      ].map((tab) => (
        <Button
          key={tab.to}
          component={Link}
          to={tab.to}
          variant={pathname === tab.to ? 'filled' : 'default'}
          size="sm"
          aria-current={pathname === tab.to ? 'page' : undefined}
        >
          {tab.label}
        </Button>
      ))}
    </Group>
  );
}

function ShortlistCard({ entry }: { entry: ShortlistEntry }) {
  const { t } = useTranslation();
  const pseudonym = entry.profile.pseudonym;
  const [note, setNote] = useState(entry.note ?? '');
  const [dialog, setDialog] = useState(false);
  const save = useUpdateShortlistNote();
  const remove = useRemoveFromShortlist();
  const noteId = `note-${entry.id}`;
  return (
    <Paper withBorder radius="md" p="md" className={classes.item} data-pseudonym={pseudonym}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Title order={2} fz="lg">
            <Anchor component={Link} to={`/profiles/${encodeURIComponent(pseudonym)}`} inherit>
              {withSlots(t('contacts.shortlist.candidate', { pseudonym: slot('pseudonym') }), {
                pseudonym: <Pseudonym value={pseudonym} />,
              })}
            </Anchor>
          </Title>
          {entry.requestStatus ? <StatusBadge status={entry.requestStatus} /> : null}
        </Group>
        <Text fz="sm">
          {entry.offerTitle
            ? withSlots(t('contacts.shortlist.forOffer', { title: slot('title') }), {
                title: <UserText lang={LISTING_LANGUAGE}>{entry.offerTitle}</UserText>,
              })
            : t('contacts.shortlist.general')}
          {entry.profile.homeTownName ? ` · ${entry.profile.homeTownName}` : ''}
        </Text>
        <Textarea
          id={noteId}
          label={t('contacts.shortlist.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={1}
          dir="auto"
        />
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        <Group gap="xs" wrap="wrap">
          <Button
            size="sm"
            variant="default"
            loading={save.isPending}
            disabled={note === (entry.note ?? '')}
            onClick={() => save.mutate({ id: entry.id, note: note.trim() ? note : null })}
          >
            {t('contacts.shortlist.saveNote')}
          </Button>
          <Button
            size="sm"
            variant="light"
            leftSection={<IconMail size={18} aria-hidden="true" />}
            onClick={() => setDialog(true)}
            aria-label={t('contacts.send.buttonFor', { pseudonym })}
          >
            {t('contacts.send.button')}
          </Button>
          <Button
            size="sm"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={18} aria-hidden="true" />}
            loading={remove.isPending}
            onClick={() => remove.mutate(entry.id)}
            aria-label={t('contacts.shortlist.removeFor', { pseudonym })}
          >
            {t('contacts.shortlist.remove')}
          </Button>
        </Group>
      </Stack>
      <SendRequestDialog
        pseudonym={pseudonym}
        offerId={entry.offerId}
        opened={dialog}
        onClose={() => setDialog(false)}
      />
    </Paper>
  );
}

/** /shortlist: the firm's shortlist, all entries or the general list. */
export function ShortlistPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = params.get('list') === 'general' ? 'general' : 'all';
  const list = useShortlist(filter === 'general' ? 'general' : undefined);
  return (
    <Stack gap="lg" maw={880}>
      <Title order={1}>{t('contacts.shortlist.title')}</Title>
      <EmployerTabs />
      <Text c="dimmed">{t('contacts.shortlist.intro')}</Text>
      <SegmentedControl
        aria-label={t('contacts.shortlist.filter')}
        value={filter}
        onChange={(value) => setParams(value === 'general' ? { list: 'general' } : {})}
        data={[
          { value: 'all', label: t('contacts.shortlist.all') },
          { value: 'general', label: t('contacts.shortlist.general') },
        ]}
        w="fit-content"
      />
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <Text c="dimmed">{t('contacts.shortlist.empty')}</Text>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className={classes.list} aria-label={t('contacts.shortlist.title')}>
          {list.data.items.map((entry) => (
            <li key={entry.id}>
              <ShortlistCard entry={entry} />
            </li>
          ))}
        </ul>
      ) : null}
    </Stack>
  );
}

function SentCard({ request }: { request: SentRequest }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Paper withBorder radius="md" p="md" className={classes.item} data-request={request.id}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Title order={2} fz="lg">
            {withSlots(t('contacts.shortlist.candidate', { pseudonym: slot('pseudonym') }), {
              pseudonym: <Pseudonym value={request.pseudonym} />,
            })}
          </Title>
          <StatusBadge status={request.status} />
        </Group>
        <Text fz="sm">
          {request.offerTitle
            ? withSlots(t('contacts.shortlist.forOffer', { title: slot('title') }), {
                title: <UserText lang={LISTING_LANGUAGE}>{request.offerTitle}</UserText>,
              })
            : t('contacts.send.noOffer')}
          {' · '}
          {t('contacts.sent.sentOn', { date: formatDate(request.createdAt, language) })}
          {request.status === 'open' && request.expiresAt
            ? ` · ${t('contacts.sent.openUntil', { date: formatDate(request.expiresAt, language) })}`
            : ''}
        </Text>
        {request.sentByStaffName !== null ? (
          <Text fz="sm" fw={600} data-sent-by-staff="">
            {request.sentByStaffName
              ? withSlots(t('contacts.sent.byStaff', { name: slot('name') }), {
                  name: <bdi>{request.sentByStaffName}</bdi>,
                })
              : t('contacts.sent.byStaffUnknown')}
          </Text>
        ) : null}
        <blockquote className={classes.message} dir="auto">
          {request.message}
        </blockquote>
        {request.declineReason ? (
          <Text fz="sm">
            {t('contacts.sent.reason', { reason: t(`contacts.declineReasons.${request.declineReason}`) })}
          </Text>
        ) : null}
        {request.brokerComment ? (
          <Stack gap={2}>
            <Text fz="sm" fw={600}>
              {t('contacts.sent.brokerComment')}
            </Text>
            <Text fz="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {request.brokerComment}
            </Text>
          </Stack>
        ) : null}
        {request.contact ? (
          <Paper withBorder radius="sm" p="sm" bg="teal.0">
            <Stack gap={2}>
              <Title order={3} fz="md">
                {t('contacts.sent.contact')}
              </Title>
              <Text fz="sm" data-contact-name="">
                {t('contacts.sent.name')}:{' '}
                {isolate(`${request.contact.givenName} ${request.contact.familyName}`)}
              </Text>
              <Text fz="sm">
                {t('contacts.sent.email')}:{' '}
                {request.contact.email ? (
                  <Anchor href={`mailto:${request.contact.email}`} dir="ltr" data-contact-email="">
                    {request.contact.email}
                  </Anchor>
                ) : (
                  t('contacts.sent.notShared')
                )}
              </Text>
              <Text fz="sm">
                {t('contacts.sent.phone')}:{' '}
                {request.contact.phone ? (
                  <Anchor href={`tel:${request.contact.phone.replace(/\s/g, '')}`} dir="ltr">
                    {request.contact.phone}
                  </Anchor>
                ) : (
                  t('contacts.sent.notShared')
                )}
              </Text>
            </Stack>
          </Paper>
        ) : null}
        {request.status === 'accepted' ? (
          <>
            <OutcomeList outcomes={request.outcomes} headingId={`outcomes-${request.id}`} />
            <OutcomeForm requestId={request.id} />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** /contact-requests/sent: the firm's requests with their state; the contact data once accepted. */
export function SentRequestsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const sent = useSentRequests(page);
  return (
    <Stack gap="lg" maw={880}>
      <Title order={1}>{t('contacts.sent.title')}</Title>
      <EmployerTabs />
      <Text c="dimmed">{t('contacts.sent.intro')}</Text>
      {sent.isPending ? <PageLoader /> : null}
      {sent.isError ? <ErrorAlert error={sent.error} onRetry={() => void sent.refetch()} /> : null}
      {sent.data && sent.data.items.length === 0 ? <Text c="dimmed">{t('contacts.sent.empty')}</Text> : null}
      {sent.data && sent.data.items.length > 0 ? (
        <ul className={classes.list} aria-label={t('contacts.sent.title')}>
          {sent.data.items.map((request) => (
            <li key={request.id}>
              <SentCard request={request} />
            </li>
          ))}
        </ul>
      ) : null}
      {sent.data ? (
        <Pager
          page={sent.data.page}
          pageSize={sent.data.pageSize}
          total={sent.data.total}
          onChange={(next) => setParams(next > 1 ? { page: String(next) } : {})}
          label={t('contacts.sent.pages')}
        />
      ) : null}
    </Stack>
  );
}
