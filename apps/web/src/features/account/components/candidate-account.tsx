import { Button, Group, Stack } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SessionAccount } from '../../../types/session';
import { AccessLogSection } from './access-log-section';
import { ConsentSection } from './consent-section';
import { MentorsSection } from './mentors-section';
import { MyDataSection } from './my-data-section';

export interface CandidateAccountProps {
  account: SessionAccount;
}

/** A candidate's account: own data, who may act for them, consent, and who looked at their data. */
export function CandidateAccount({ account }: CandidateAccountProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <MyDataSection account={account} />
      {account.candidateId ? (
        <>
          <Group>
            <Button
              component={Link}
              to="/matches"
              leftSection={<IconTargetArrow size={18} aria-hidden="true" />}
            >
              {t('matchLists.mine.nav')}
            </Button>
          </Group>
          <MentorsSection />
          <ConsentSection candidateId={account.candidateId} />
          <AccessLogSection />
        </>
      ) : null}
    </Stack>
  );
}
