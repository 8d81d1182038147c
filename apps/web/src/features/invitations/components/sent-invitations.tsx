import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconMailOpened } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { SectionCard } from '../../../components/section-card';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useInvitations, type Invitation } from '../api/list-invitations';
import classes from './invitations.module.css';

function invitationState(invitation: Invitation, now: number): 'used' | 'expired' | 'open' {
  if (invitation.usedAt) return 'used';
  return new Date(invitation.expiresAt).getTime() < now ? 'expired' : 'open';
}

const STATE_COLOURS = { used: 'teal', expired: 'gray', open: 'cyan' } as const;

export function SentInvitations() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const invitations = useInvitations();
  const now = Date.now();

  return (
    <SectionCard title={t('invitations.sent.title')} icon={IconMailOpened}>
      {invitations.isPending ? (
        <PageLoader />
      ) : invitations.isError ? (
        <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.length === 0 ? (
        <Text>{t('invitations.sent.empty')}</Text>
      ) : (
        <ul className={classes.plainList} aria-label={t('invitations.sent.title')}>
          {invitations.data.map((invitation) => {
            const state = invitationState(invitation, now);
            return (
              <Paper component="li" key={invitation.id} withBorder radius="md" p="sm">
                <Group justify="space-between" gap="xs" align="flex-start">
                  <Stack gap={2} miw={0}>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      <bdi dir="ltr">{invitation.email}</bdi>
                    </Text>
                    <Text fz="sm" c="dimmed">
                      {t(`invitations.kinds.${invitation.kind}`)}
                      {invitation.companyName ? ` · ${invitation.companyName}` : ''}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {state === 'used'
                        ? t('invitations.sent.usedOn', { date: formatDate(invitation.usedAt, language) })
                        : t('invitations.sent.validUntil', {
                            date: formatDate(invitation.expiresAt, language),
                          })}
                    </Text>
                  </Stack>
                  <Badge color={STATE_COLOURS[state]} variant="light">
                    {t(`invitations.states.${state}`)}
                  </Badge>
                </Group>
              </Paper>
            );
          })}
        </ul>
      )}
    </SectionCard>
  );
}
