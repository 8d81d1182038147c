import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { Pager } from '../../../components/pager';
import { formatDateTime } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useOutbox, type OutboxMail } from '../api/list-outbox';
import classes from './admin.module.css';

const PAGE_SIZE = 20;

export function OutboxPanel() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const outbox = useOutbox({ page, pageSize: PAGE_SIZE });

  if (outbox.isPending) return <PageLoader />;
  if (outbox.isError) return <ErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} />;
  return (
    <Stack gap="sm">
      <Text fz="sm" c="dimmed">
        {t('admin.outbox.intro')}
      </Text>
      <Text fz="sm" c="dimmed" role="status">
        {t('admin.outbox.total', { count: outbox.data.total })}
      </Text>
      {outbox.data.items.length === 0 ? (
        <Text>{t('admin.outbox.empty')}</Text>
      ) : (
        <ul className={classes.plainList} aria-label={t('admin.tabs.outbox')}>
          {outbox.data.items.map((mail) => (
            <MailItem key={mail.id} mail={mail} />
          ))}
        </ul>
      )}
      <Pager
        page={page}
        pageSize={PAGE_SIZE}
        total={outbox.data.total}
        onChange={setPage}
        label={t('admin.outbox.pages')}
      />
    </Stack>
  );
}

function MailItem({ mail }: { mail: OutboxMail }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const state = mail.deliveryError ? 'failed' : mail.deliveredAt ? 'delivered' : 'stored';
  const colour = { failed: 'red', delivered: 'teal', stored: 'gray' }[state];
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={0} miw={0} flex="1 1 260px">
            <Text fw={600} fz="sm">
              <bdi>{mail.subject}</bdi>
            </Text>
            <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {t('admin.outbox.to')} <bdi dir="ltr">{mail.recipient}</bdi> ·{' '}
              {formatDateTime(mail.createdAt, language)}
            </Text>
          </Stack>
          <Badge color={colour} variant="light">
            {t(`admin.outbox.states.${state}`)}
          </Badge>
        </Group>
        <details>
          <summary className={classes.summary}>{t('admin.outbox.showText')}</summary>
          {/* Mails are in the recipient's language: the text takes its own direction. */}
          <div className={classes.mailBody} dir="auto">
            {mail.body}
          </div>
        </details>
      </Stack>
    </Paper>
  );
}
