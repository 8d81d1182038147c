import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconListSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isRole } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { Pager } from '../../../components/pager';
import { SectionCard } from '../../../components/section-card';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { isKnownAccessAction, type AccessLogEntry } from '../../../types/access-log';
import { useMyAccessLog } from '../api/get-my-access-log';
import classes from './account.module.css';

const PAGE_SIZE = 10;

export function AccessLogSection() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const log = useMyAccessLog({ page, pageSize: PAGE_SIZE });

  return (
    <SectionCard
      title={t('account.accessLog.title')}
      description={t('account.accessLog.intro')}
      icon={IconListSearch}
    >
      {log.isPending ? (
        <PageLoader />
      ) : log.isError ? (
        <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.items.length === 0 ? (
        <Text>{t('account.accessLog.empty')}</Text>
      ) : (
        <Stack gap="sm">
          <ul className={classes.plainList} aria-label={t('account.accessLog.title')}>
            {log.data.items.map((entry) => (
              <AccessLogItem key={entry.id} entry={entry} />
            ))}
          </ul>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={log.data.total}
            onChange={setPage}
            label={t('account.accessLog.pages')}
          />
        </Stack>
      )}
    </SectionCard>
  );
}

/** What happened, as one sentence in the reader's language: "Metallbau Remstal GmbH opened your profile". */
export function accessLogSentence(entry: AccessLogEntry, t: TFunction): string {
  const actor =
    entry.actorDisplay ??
    (isRole(entry.actorRole) ? t(`roleNames.${entry.actorRole}`) : t('account.accessLog.unknownActor'));
  return isKnownAccessAction(entry.action)
    ? t(`accessLog.sentences.${entry.action}`, { actor, count: entry.count })
    : t('accessLog.sentences.other', { actor, action: entry.action });
}

function AccessLogItem({ entry }: { entry: AccessLogEntry }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const who = entry.actorDisplay ?? entry.actorName;
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={2}>
        <Group gap="xs" justify="space-between">
          <Text fw={600}>{who ?? t('account.accessLog.unknownActor')}</Text>
          {isRole(entry.actorRole) ? (
            <Badge variant="light" color="gray">
              {t(`roleNames.${entry.actorRole}`)}
            </Badge>
          ) : null}
        </Group>
        <Text fz="sm">{accessLogSentence(entry, t)}</Text>
        <Text fz="xs" c="dimmed">
          {entry.day ? (
            <time dateTime={entry.day}>{formatDate(entry.day, language)}</time>
          ) : (
            <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
          )}
        </Text>
      </Stack>
    </Paper>
  );
}
