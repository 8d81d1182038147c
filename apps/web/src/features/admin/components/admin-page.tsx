import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconListSearch, IconMail, IconStack2, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AccessLogPanel } from './access-log-panel';
import { AccountsPanel } from './accounts-panel';
import { JobsPanel } from './jobs-panel';
import { OutboxPanel } from './outbox-panel';

export interface AdminPageProps {
  currentAccountId: string;
}

export function AdminPage({ currentAccountId }: AdminPageProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('admin.title')}</Title>
        <Text c="dimmed">{t('admin.intro')}</Text>
      </Stack>
      <Tabs defaultValue="accounts" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="accounts" leftSection={<IconUsers size={16} aria-hidden="true" />}>
            {t('admin.tabs.accounts')}
          </Tabs.Tab>
          <Tabs.Tab value="access-log" leftSection={<IconListSearch size={16} aria-hidden="true" />}>
            {t('admin.tabs.accessLog')}
          </Tabs.Tab>
          <Tabs.Tab value="outbox" leftSection={<IconMail size={16} aria-hidden="true" />}>
            {t('admin.tabs.outbox')}
          </Tabs.Tab>
          <Tabs.Tab value="jobs" leftSection={<IconStack2 size={16} aria-hidden="true" />}>
            {t('admin.tabs.jobs')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="accounts" pt="md">
          <AccountsPanel currentAccountId={currentAccountId} />
        </Tabs.Panel>
        <Tabs.Panel value="access-log" pt="md">
          <AccessLogPanel />
        </Tabs.Panel>
        <Tabs.Panel value="outbox" pt="md">
          <OutboxPanel />
        </Tabs.Panel>
        <Tabs.Panel value="jobs" pt="md">
          <JobsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
