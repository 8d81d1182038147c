import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { Pager } from '../../../components/pager';
import { formatDateTime } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { isKnownAccessAction } from '../../../types/access-log';
import { useAdminAccessLog } from '../api/get-admin-access-log';
import classes from './admin.module.css';
import { DateField } from '../../../components/date-field';

const PAGE_SIZE = 25;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Filters {
  candidateId: string;
  actorAccountId: string;
  fromDay: string;
  toDay: string;
}

const NO_FILTERS: Filters = { candidateId: '', actorAccountId: '', fromDay: '', toDay: '' };

/** Local midnight of a day as an ISO time; `to` is exclusive, so the chosen last day counts in full. */
function dayStart(day: string, addDays = 0): string {
  if (!day) return '';
  const date = new Date(`${day}T00:00:00`);
  if (Number.isNaN(date.getTime())) return '';
  date.setDate(date.getDate() + addDays);
  return date.toISOString();
}

export function AccessLogPanel() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [problems, setProblems] = useState<Partial<Record<keyof Filters, string>>>({});
  const [page, setPage] = useState(1);
  const log = useAdminAccessLog({
    candidateId: filters.candidateId,
    actorAccountId: filters.actorAccountId,
    from: dayStart(filters.fromDay),
    to: dayStart(filters.toDay, 1),
    page,
    pageSize: PAGE_SIZE,
  });

  const change = (field: keyof Filters) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((previous) => ({ ...previous, [field]: value }));
    setProblems((previous) => ({ ...previous, [field]: undefined }));
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<keyof Filters, string>> = {};
    if (draft.candidateId.trim() && !UUID.test(draft.candidateId.trim()))
      found.candidateId = t('admin.accessLog.idFormat');
    if (draft.actorAccountId.trim() && !UUID.test(draft.actorAccountId.trim())) {
      found.actorAccountId = t('admin.accessLog.idFormat');
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setFilters({
      ...draft,
      candidateId: draft.candidateId.trim(),
      actorAccountId: draft.actorAccountId.trim(),
    });
    setPage(1);
  };

  return (
    <Stack gap="md">
      <form onSubmit={apply} noValidate aria-label={t('admin.accessLog.filters')}>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            flex="1 1 260px"
            label={t('admin.accessLog.candidateId')}
            name="candidateId"
            dir="ltr"
            spellCheck={false}
            value={draft.candidateId}
            onChange={change('candidateId')}
            error={problems.candidateId}
          />
          <TextInput
            flex="1 1 260px"
            label={t('admin.accessLog.actorAccountId')}
            name="actorAccountId"
            dir="ltr"
            spellCheck={false}
            value={draft.actorAccountId}
            onChange={change('actorAccountId')}
            error={problems.actorAccountId}
          />
          <DateField
            flex="0 1 170px"
            label={t('admin.accessLog.from')}
            name="from"
            value={draft.fromDay}
            onChange={change('fromDay')}
          />
          <DateField
            flex="0 1 170px"
            label={t('admin.accessLog.to')}
            name="to"
            value={draft.toDay}
            onChange={change('toDay')}
          />
        </Group>
        <Group gap="sm" mt="sm">
          <Button type="submit" leftSection={<IconFilter size={16} aria-hidden="true" />}>
            {t('admin.accessLog.apply')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft(NO_FILTERS);
              setFilters(NO_FILTERS);
              setProblems({});
              setPage(1);
            }}
          >
            {t('admin.accessLog.reset')}
          </Button>
        </Group>
      </form>

      {log.isPending ? (
        <PageLoader />
      ) : log.isError ? (
        <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <Stack gap="sm">
          <Text fz="sm" c="dimmed" role="status">
            {t('admin.accessLog.total', { count: log.data.total })}
          </Text>
          {log.data.items.length === 0 ? null : (
            <Table.ScrollContainer minWidth={820}>
              <Table striped verticalSpacing="xs" className={classes.table}>
                <Table.Caption className={classes.srOnly}>{t('admin.tabs.accessLog')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('admin.accessLog.when')}</Table.Th>
                    <Table.Th>{t('admin.accessLog.who')}</Table.Th>
                    <Table.Th>{t('admin.accessLog.what')}</Table.Th>
                    <Table.Th>{t('admin.accessLog.candidate')}</Table.Th>
                    <Table.Th>{t('admin.accessLog.request')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {log.data.items.map((entry) => (
                    <Table.Tr key={entry.id}>
                      <Table.Td>
                        <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                      </Table.Td>
                      <Table.Td>
                        <Text fz="sm" fw={600}>
                          {entry.actorName ?? '–'}
                        </Text>
                        <Text fz="xs" c="dimmed">
                          {isRole(entry.actorRole) ? t(`roleNames.${entry.actorRole}`) : entry.actorRole}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {isKnownAccessAction(entry.action)
                          ? t(`accessLog.actions.${entry.action}`)
                          : entry.action}
                      </Table.Td>
                      <Table.Td>
                        <Text fz="xs" ff="monospace" dir="ltr">
                          {entry.candidateId ?? '–'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text fz="xs" ff="monospace" dir="ltr" style={{ overflowWrap: 'anywhere' }}>
                          {entry.route}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={log.data.total}
            onChange={setPage}
            label={t('admin.accessLog.pages')}
          />
        </Stack>
      )}
    </Stack>
  );
}
