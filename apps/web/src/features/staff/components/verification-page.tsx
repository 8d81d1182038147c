import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import {
  useDecideCompany,
  usePendingCompanies,
  type VerificationDecision,
} from '../api/employer-verification';

/** /company-checks (IBA staff, coordinators): self-signed-up firms waiting for their check. */
export function VerificationPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const pending = usePendingCompanies();
  const decide = useDecideCompany();
  const [done, setDone] = useState<{ name: string; decision: VerificationDecision } | null>(null);

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1}>{t('staff.verification.title')}</Title>
        <Text c="dimmed">{t('staff.verification.intro')}</Text>
      </Stack>
      {done ? (
        <Alert color="teal" variant="light" role="status">
          {t(done.decision === 'approve' ? 'staff.verification.approved' : 'staff.verification.rejected', {
            name: done.name,
          })}
        </Alert>
      ) : null}
      {decide.isError ? <ErrorAlert error={decide.error} /> : null}
      {pending.isPending ? (
        <PageLoader />
      ) : pending.isError ? (
        <ErrorAlert error={pending.error} onRetry={() => void pending.refetch()} />
      ) : pending.data.length === 0 ? (
        <Text>{t('staff.verification.empty')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('staff.verification.title')}
        >
          {pending.data.map((company) => (
            <Paper component="li" key={company.companyId} withBorder radius="md" p="md">
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Stack gap={2}>
                  <Text fw={600} dir="auto">
                    {company.companyName}
                  </Text>
                  <Text fz="sm">
                    {t('staff.verification.town')}: <bdi>{company.town ?? '–'}</bdi>
                  </Text>
                  <Text fz="sm">
                    {t('staff.verification.contact')}: <bdi>{company.contactName ?? '–'}</bdi>{' '}
                    {company.contactEmail ? <bdi dir="ltr">{company.contactEmail}</bdi> : null}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {t('staff.verification.requestedAt', { date: formatDate(company.requestedAt, language) })}
                  </Text>
                </Stack>
                <Group gap="xs">
                  {(['approve', 'reject'] as const).map((decision) => (
                    <Button
                      key={decision}
                      variant={decision === 'approve' ? 'filled' : 'default'}
                      color={decision === 'approve' ? 'teal' : 'red'}
                      leftSection={
                        decision === 'approve' ? (
                          <IconCheck size={18} aria-hidden="true" />
                        ) : (
                          <IconX size={18} aria-hidden="true" />
                        )
                      }
                      aria-label={`${t(`staff.verification.${decision}`)}: ${company.companyName}`}
                      loading={
                        decide.isPending &&
                        decide.variables?.companyId === company.companyId &&
                        decide.variables.decision === decision
                      }
                      onClick={() =>
                        decide.mutate(
                          { companyId: company.companyId, decision },
                          { onSuccess: () => setDone({ name: company.companyName, decision }) },
                        )
                      }
                    >
                      {t(`staff.verification.${decision}`)}
                    </Button>
                  ))}
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
