import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDownload, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { employerPermitView } from '@passgenau/domain';
import { Pseudonym, slot, withSlots } from '../../../components/bidi';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useSession } from '../../auth/session/session-context';
import { exportCandidate, useEraseCandidate, useProfile } from '../api/profile-api';
import type { Profile, PseudonymousProfile } from '../api/schemas';
import { CompletenessBar, VisibilityText } from './review-step';
import { ProfileSummary } from './profile-summary';

/** The candidate's profile in the shape of the read-only summary (texts: tidied where there is one). */
export function asSummary(profile: Profile): PseudonymousProfile {
  return {
    pseudonym: profile.pseudonym,
    languages: profile.languages,
    germanCertificates: profile.germanCertificates,
    mathsLevel: profile.mathsLevel,
    computerLevel: profile.computerLevel,
    competences: profile.competences,
    schooling: profile.schooling,
    education: profile.education,
    experience: profile.experience,
    texts: profile.texts.flatMap((text) => [text.original, text.tidied].filter((v) => v !== null)),
    wishes: profile.wishes,
    homeTownName: profile.mobility.homeTownName ?? profile.mobility.homePlace,
    travelKm: profile.mobility.travelKm,
    travelMinutes: profile.mobility.travelMinutes,
    drivingLicences: profile.mobility.drivingLicences,
    mayWork: employerPermitView(profile.workPermit),
    completenessPercent: profile.completeness.percent,
  };
}

function download(data: unknown, name: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** /profile/view: the candidate's own profile, read-only, with export and erasure. */
export function MyProfileView({ candidateId, actions }: { candidateId: string; actions?: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const profile = useProfile(candidateId);
  const erase = useEraseCandidate();
  const [opened, { open, close }] = useDisclosure(false);
  const [exportError, setExportError] = useState<unknown>(null);

  if (profile.isPending) return <PageLoader />;
  if (profile.isError) return <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  const data = profile.data;

  return (
    <Stack gap="md" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('profiles.view.title')}</Title>
        <Text c="dimmed">
          {withSlots(t('profiles.view.intro', { pseudonym: slot('pseudonym') }), {
            pseudonym: <Pseudonym value={data.pseudonym} />,
          })}
        </Text>
      </Stack>
      <Group gap="sm">
        <Button component={Link} to="/profile" leftSection={<IconPencil size={18} aria-hidden="true" />}>
          {t('profiles.view.edit')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden="true" />}
          onClick={() => {
            setExportError(null);
            exportCandidate(candidateId)
              .then((json) => download(json, `passgenau-${data.pseudonym}.json`))
              .catch(setExportError);
          }}
        >
          {t('profiles.view.export')}
        </Button>
        {actions}
      </Group>
      {exportError ? <ErrorAlert error={exportError} /> : null}
      <VisibilityText profile={data} />
      <Paper withBorder radius="md" p="md">
        <CompletenessBar completeness={data.completeness} />
      </Paper>
      <ProfileSummary profile={asSummary(data)} />
      <Paper withBorder radius="md" p="md" style={{ borderColor: 'var(--mantine-color-red-3)' }}>
        <Stack gap="xs">
          <Title order={2} fz="h4">
            {t('profiles.erase.title')}
          </Title>
          <Text fz="sm">{t('profiles.erase.text')}</Text>
          <Group>
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={18} aria-hidden="true" />}
              onClick={open}
            >
              {t('profiles.erase.button')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Modal opened={opened} onClose={close} title={t('profiles.erase.confirmTitle')} centered>
        <Stack gap="sm">
          <Text>{t('profiles.erase.confirmText')}</Text>
          {erase.isError ? <ErrorAlert error={erase.error} /> : null}
          <Group justify="flex-end" gap="sm">
            {/* The safe choice gets the focus when the dialog opens. */}
            <Button variant="default" onClick={close} data-autofocus>
              {t('profiles.common.cancel')}
            </Button>
            <Button
              color="red"
              loading={erase.isPending}
              onClick={() =>
                erase.mutate(candidateId, {
                  onSuccess: () => {
                    navigate('/');
                    void session.signOut();
                  },
                })
              }
            >
              {t('profiles.erase.confirmButton')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
