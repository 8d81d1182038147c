import { Alert, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../../features/auth/session/session-context';
import { AssessmentImport } from '../../features/profiles/components/assessment-import';
import { MyProfileView } from '../../features/profiles/components/my-profile-view';
import { ProfileList, PseudonymousProfileView } from '../../features/profiles/components/profile-list';
import { ProfileWizard } from '../../features/profiles/components/profile-wizard';
import { PrintButton } from '../../features/print';
import { OnBehalfSection } from '../../features/contacts';

function NoCandidateRecord() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light">
      {t('profiles.wizard.noCandidate')}
    </Alert>
  );
}

/** /profile: the candidate's own wizard. */
export function ProfileWizardRoute() {
  const { account } = useSession();
  if (!account?.candidateId) return <NoCandidateRecord />;
  return <ProfileWizard key={account.candidateId} candidateId={account.candidateId} mode="candidate" />;
}

/** /profile/view: the candidate's own profile, read-only. */
export function ProfileViewRoute() {
  const { account } = useSession();
  if (!account?.candidateId) return <NoCandidateRecord />;
  return (
    <MyProfileView
      candidateId={account.candidateId}
      actions={<PrintButton target={{ kind: 'fullProfile', candidateId: account.candidateId }} />}
    />
  );
}

/** /candidates/:id/profile: a mentor (or IBA staff) fills the wizard on the candidate's behalf. */
export function CandidateProfileRoute() {
  const { id = '' } = useParams();
  const { account } = useSession();
  // The full pass is for the candidate and their mentors only (not IBA staff or admins).
  return (
    <Stack gap="md">
      {account?.role === 'mentor' ? (
        <Group justify="flex-end">
          <PrintButton target={{ kind: 'fullProfile', candidateId: id }} />
        </Group>
      ) : null}
      <ProfileWizard key={id} candidateId={id} mode="mentor" />
    </Stack>
  );
}

export function ProfileListRoute() {
  return <ProfileList />;
}

export function PseudonymousProfileRoute() {
  const { pseudonym = '' } = useParams();
  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <PrintButton target={{ kind: 'pseudonymousProfile', pseudonym }} />
      </Group>
      <PseudonymousProfileView key={pseudonym} pseudonym={pseudonym} />
      <OnBehalfSection key={`on-behalf-${pseudonym}`} pseudonym={pseudonym} />
    </Stack>
  );
}

export function AssessmentsRoute() {
  return <AssessmentImport />;
}
