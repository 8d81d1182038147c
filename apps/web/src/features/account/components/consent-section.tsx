import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconEye, IconEyeOff, IconFileCertificate } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Ltr, slot, withSlots } from '../../../components/bidi';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { SectionCard } from '../../../components/section-card';
import { formatDateTime } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useConsentStatus, type ConsentRecord } from '../api/get-consent-status';
import { useConsentText } from '../api/get-consent-text';
import { useGiveConsent } from '../api/give-consent';
import { useWithdrawConsent } from '../api/withdraw-consent';
import classes from './account.module.css';

export interface ConsentSectionProps {
  candidateId: string;
}

export function ConsentSection({ candidateId }: ConsentSectionProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const text = useConsentText();
  const status = useConsentStatus(candidateId);
  const give = useGiveConsent();
  const withdraw = useWithdrawConsent();
  const textTitleId = useId();

  const loading = text.isPending || status.isPending;
  const failed = text.isError ? text.error : status.isError ? status.error : null;

  return (
    <SectionCard
      title={t('account.consent.title')}
      description={t('account.consent.intro')}
      icon={IconFileCertificate}
    >
      {loading ? (
        <PageLoader />
      ) : failed || !text.data || !status.data ? (
        <ErrorAlert
          error={failed}
          onRetry={() => {
            void text.refetch();
            void status.refetch();
          }}
        />
      ) : (
        <Stack gap="md">
          <Group gap="xs" wrap="nowrap" role="status" data-searchable={status.data.searchable}>
            <ThemeIcon
              size={32}
              radius="xl"
              variant="light"
              color={status.data.searchable ? 'teal' : 'gray'}
              aria-hidden="true"
            >
              {status.data.searchable ? <IconEye size={18} /> : <IconEyeOff size={18} />}
            </ThemeIcon>
            <Text fw={600} c={status.data.searchable ? 'teal.9' : undefined}>
              {status.data.searchable ? t('account.consent.statusOn') : t('account.consent.statusOff')}
            </Text>
          </Group>

          <article aria-labelledby={textTitleId} lang={language}>
            <Title order={3} fz="md" id={textTitleId} mb="xs">
              {text.data.title[language]}
            </Title>
            <Text className={classes.consentText}>{text.data.body[language]}</Text>
            <Text fz="xs" c="dimmed" mt={4}>
              {withSlots(t('account.consent.version', { version: slot('version') }), {
                version: <Ltr>{text.data.version}</Ltr>,
              })}
            </Text>
          </article>

          {give.isError ? <ErrorAlert error={give.error} /> : null}
          {withdraw.isError ? <ErrorAlert error={withdraw.error} /> : null}

          <Group>
            {status.data.active ? (
              <Button
                variant="light"
                color="red"
                size="md"
                loading={withdraw.isPending}
                onClick={() => {
                  give.reset();
                  withdraw.mutate(candidateId);
                }}
              >
                {t('account.consent.withdraw')}
              </Button>
            ) : (
              <Button
                size="md"
                loading={give.isPending}
                onClick={() => {
                  withdraw.reset();
                  give.mutate({ candidateId, textVersion: text.data.version });
                }}
              >
                {t('account.consent.give')}
              </Button>
            )}
          </Group>

          <ConsentHistory records={status.data.history} />
        </Stack>
      )}
    </SectionCard>
  );
}

function ConsentHistory({ records }: { records: ConsentRecord[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Stack gap="xs">
      <Title order={3} fz="md">
        {t('account.consent.historyTitle')}
      </Title>
      {records.length === 0 ? (
        <Text c="dimmed">{t('account.consent.historyEmpty')}</Text>
      ) : (
        <ul className={classes.plainList}>
          {records.map((record) => (
            <Paper component="li" key={record.id} withBorder radius="md" p="sm">
              <Stack gap={2}>
                <Text fz="sm">
                  {t('account.consent.givenOn', { date: formatDateTime(record.grantedAt, language) })}
                  {record.grantedBy ? ` – ${record.grantedBy}` : ''}
                  {record.grantedOnBehalf ? ` (${t('account.consent.onBehalf')})` : ''}
                </Text>
                {record.withdrawnAt ? (
                  <Text fz="sm">
                    {t('account.consent.withdrawnOn', { date: formatDateTime(record.withdrawnAt, language) })}
                    {record.withdrawnOnBehalf ? ` (${t('account.consent.onBehalf')})` : ''}
                  </Text>
                ) : (
                  <Text fz="sm" c="teal.8" fw={600}>
                    {t('account.consent.inForce')}
                  </Text>
                )}
                <Text fz="xs" c="dimmed">
                  {withSlots(t('account.consent.version', { version: slot('version') }), {
                    version: <Ltr>{record.textVersion}</Ltr>,
                  })}
                </Text>
              </Stack>
            </Paper>
          ))}
        </ul>
      )}
    </Stack>
  );
}
