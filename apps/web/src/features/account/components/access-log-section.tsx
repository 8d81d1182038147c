import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconListSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { Pager } from '../../../components/pager';
import { SectionCard } from '../../../components/section-card';
import { formatDateTime } from '../../../lib/format';
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

function AccessLogItem({ entry }: { entry: AccessLogEntry }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={2}>
        <Group gap="xs" justify="space-between">
          <Text fw={600}>{entry.actorName ?? t('account.accessLog.unknownActor')}</Text>
          {isRole(entry.actorRole) ? (
            <Badge variant="light" color="gray">
              {t(`roleNames.${entry.actorRole}`)}
            </Badge>
          ) : null}
        </Group>
        <Text fz="sm">
          {isKnownAccessAction(entry.action) ? t(`accessLog.actions.${entry.action}`) : entry.action}
        </Text>
        <Text fz="xs" c="dimmed">
          <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
        </Text>
      </Stack>
    </Paper>
  );
}
