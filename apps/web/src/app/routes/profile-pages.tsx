import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../../features/auth/session/session-context';
import { AssessmentImport } from '../../features/profiles/components/assessment-import';
import { MyProfileView } from '../../features/profiles/components/my-profile-view';
import { ProfileList, PseudonymousProfileView } from '../../features/profiles/components/profile-list';
import { ProfileWizard } from '../../features/profiles/components/profile-wizard';

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
  return <MyProfileView candidateId={account.candidateId} />;
}

/** /candidates/:id/profile: a mentor (or IBA staff) fills the wizard on the candidate's behalf. */
export function CandidateProfileRoute() {
  const { id = '' } = useParams();
  return <ProfileWizard key={id} candidateId={id} mode="mentor" />;
}

export function ProfileListRoute() {
  return <ProfileList />;
}

export function PseudonymousProfileRoute() {
  const { pseudonym = '' } = useParams();
  return <PseudonymousProfileView key={pseudonym} pseudonym={pseudonym} />;
}

export function AssessmentsRoute() {
  return <AssessmentImport />;
}
