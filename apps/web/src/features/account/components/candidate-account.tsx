import { Stack } from '@mantine/core';
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
  return (
    <Stack gap="lg">
      <MyDataSection account={account} />
      {account.candidateId ? (
        <>
          <MentorsSection />
          <ConsentSection candidateId={account.candidateId} />
          <AccessLogSection />
        </>
      ) : null}
    </Stack>
  );
}
