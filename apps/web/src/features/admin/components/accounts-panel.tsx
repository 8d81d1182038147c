import { Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole, ROLES, type Role } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { FormError } from '../../../components/form-error';
import { PageLoader } from '../../../components/page-loader';
import { Pager } from '../../../components/pager';
import stacked from '../../../components/stacked-table.module.css';
import { errorMessageKey } from '../../../lib/error-message';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useAccounts, type AdminAccount } from '../api/list-accounts';
import { ASSIGNABLE_ROLES, isAssignableRole, useUpdateAccount } from '../api/update-account';
import classes from './admin.module.css';
import { isolate } from '../../../lib/bidi';

const PAGE_SIZE = 20;

export interface AccountsPanelProps {
  /** The signed-in admin, who may not disable their own account. */
  currentAccountId: string;
}

export function AccountsPanel({ currentAccountId }: AccountsPanelProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [role, setRole] = useState<Role | null>(null);
  const [page, setPage] = useState(1);
  const accounts = useAccounts({ q, role, page, pageSize: PAGE_SIZE });
  const update = useUpdateAccount();

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          size="md"
          flex="1 1 260px"
          label={t('admin.accounts.search')}
          placeholder={t('admin.accounts.searchPlaceholder')}
          leftSection={<IconSearch size={18} aria-hidden="true" />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
        />
        <NativeSelect
          size="md"
          flex="0 1 240px"
          label={t('admin.accounts.roleFilter')}
          value={role ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setRole(isRole(value) ? value : null);
            setPage(1);
          }}
          data={[
            { value: '', label: t('admin.accounts.allRoles') },
            ...ROLES.map((value) => ({ value, label: t(`roleNames.${value}`) })),
          ]}
        />
      </Group>

      {update.isError ? <FormError>{t(errorMessageKey(update.error))}</FormError> : null}

      {accounts.isPending ? (
        <PageLoader />
      ) : accounts.isError ? (
        <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <Stack gap="sm">
          <Text fz="sm" c="dimmed" role="status">
            {t('admin.accounts.total', { count: accounts.data.total })}
          </Text>
          {accounts.data.items.length === 0 ? null : (
            <Table.ScrollContainer minWidth={0}>
              <Table
                striped
                highlightOnHover
                verticalSpacing="sm"
                className={`${classes.table} ${stacked.stacked}`}
                data-stacked-on-phone=""
              >
                <Table.Caption className={classes.srOnly}>{t('admin.tabs.accounts')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('account.myData.name')}</Table.Th>
                    <Table.Th>{t('admin.accounts.contact')}</Table.Th>
                    <Table.Th>{t('account.myData.role')}</Table.Th>
                    <Table.Th>{t('admin.accounts.status')}</Table.Th>
                    <Table.Th>{t('admin.accounts.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {accounts.data.items.map((account) => (
                    <AccountRow
                      key={account.id}
                      account={account}
                      own={account.id === currentAccountId}
                      busy={update.isPending && update.variables?.accountId === account.id}
                      onRole={(next) => update.mutate({ accountId: account.id, role: next })}
                      onDisabled={(disabled) => update.mutate({ accountId: account.id, disabled })}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={accounts.data.total}
            onChange={setPage}
            label={t('admin.accounts.pages')}
          />
        </Stack>
      )}
    </Stack>
  );
}

interface AccountRowProps {
  account: AdminAccount;
  own: boolean;
  busy: boolean;
  onRole: (role: (typeof ASSIGNABLE_ROLES)[number]) => void;
  onDisabled: (disabled: boolean) => void;
}

function AccountRow({ account, own, busy, onRole, onDisabled }: AccountRowProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Table.Tr data-account-id={account.id}>
      <Table.Td data-label={t('account.myData.name')}>
        <Stack gap={2}>
          <Group gap={6}>
            <Text fw={600} fz="sm">
              {account.displayName}
            </Text>
            {account.isDemo ? (
              <Badge size="xs" variant="outline" color="gray">
                {t('admin.accounts.demo')}
              </Badge>
            ) : null}
          </Group>
          <Text fz="xs" c="dimmed">
            {account.companyName ? `${account.companyName} · ` : ''}
            {t('admin.accounts.createdOn', { date: formatDate(account.createdAt, language) })}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td data-label={t('admin.accounts.contact')}>
        <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
          <bdi dir="ltr">{account.email ?? account.loginName ?? '–'}</bdi>
        </Text>
      </Table.Td>
      <Table.Td data-label={t('account.myData.role')}>
        {isAssignableRole(account.role) ? (
          <NativeSelect
            size="sm"
            aria-label={t('admin.accounts.roleOf', { name: isolate(account.displayName) })}
            value={account.role}
            disabled={busy}
            onChange={(event) => {
              const next = event.currentTarget.value;
              if (isAssignableRole(next) && next !== account.role) onRole(next);
            }}
            data={ASSIGNABLE_ROLES.map((value) => ({ value, label: t(`roleNames.${value}`) }))}
          />
        ) : (
          <Text fz="sm">{t(`roleNames.${account.role}`)}</Text>
        )}
      </Table.Td>
      <Table.Td data-label={t('admin.accounts.status')}>
        {account.disabled ? (
          <Badge color="red" variant="light">
            {t('admin.accounts.disabled')}
          </Badge>
        ) : (
          <Badge color="teal" variant="light">
            {t('admin.accounts.active')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td data-label={t('admin.accounts.actions')}>
        <Button
          size="xs"
          variant={account.disabled ? 'light' : 'default'}
          color={account.disabled ? 'teal' : 'red'}
          disabled={own}
          loading={busy}
          onClick={() => onDisabled(!account.disabled)}
          aria-label={
            account.disabled
              ? t('admin.accounts.enableNamed', { name: isolate(account.displayName) })
              : t('admin.accounts.disableNamed', { name: isolate(account.displayName) })
          }
        >
          {account.disabled ? t('admin.accounts.enable') : t('admin.accounts.disable')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
