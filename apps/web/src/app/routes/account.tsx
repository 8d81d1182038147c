import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { INVITERS, type InvitationKind } from '@passgenau/domain';
import { CandidateAccount } from '../../features/account/components/candidate-account';
import { MyDataSection } from '../../features/account/components/my-data-section';
import { useSession } from '../../features/auth/session/session-context';
import { InviteForm } from '../../features/invitations/components/invite-form';
import { SentInvitations } from '../../features/invitations/components/sent-invitations';
import { MyCandidatesSection } from '../../features/mentor/components/my-candidates-section';
import { isolate } from '../../lib/bidi';

/** /account: what the signed-in person needs, by role (the route guard ensures someone is signed in). */
export function AccountRoute() {
  const { t } = useTranslation();
  const { account } = useSession();
  if (!account) return null;

  const invitationKinds = (['candidate', 'employer'] as const).filter((kind: InvitationKind) =>
    INVITERS[kind].includes(account.role),
  );

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('account.title')}</Title>
        <Text c="dimmed">{t(`account.intro.${account.role}`, { name: isolate(account.displayName) })}</Text>
      </Stack>

      {account.role === 'candidate' ? (
        <CandidateAccount account={account} />
      ) : (
        <>
          {account.role === 'mentor' ? <MyCandidatesSection /> : null}
          {account.role === 'admin' ? (
            <Group>
              <Button
                component={Link}
                to="/admin"
                leftSection={<IconShieldLock size={18} aria-hidden="true" />}
              >
                {t('nav.admin')}
              </Button>
            </Group>
          ) : null}
          {invitationKinds.map((kind) => (
            <InviteForm key={kind} kind={kind} />
          ))}
          {invitationKinds.length > 0 ? <SentInvitations /> : null}
          <MyDataSection account={account} />
        </>
      )}
    </Stack>
  );
}
