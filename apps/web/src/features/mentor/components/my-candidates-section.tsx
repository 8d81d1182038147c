import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconId, IconTargetArrow, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { UiLanguage } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { SectionCard } from '../../../components/section-card';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import type { CreatedCandidate } from '../api/create-candidate';
import { useMentorCandidates, type MentorCandidate } from '../api/list-mentor-candidates';
import { AccessCard } from './access-card';
import classes from './mentor.module.css';
import { NewCandidateForm } from './new-candidate-form';

type Step =
  | { kind: 'list' }
  | { kind: 'form' }
  | { kind: 'card'; created: CreatedCandidate; name: string; language: UiLanguage };

export function MyCandidatesSection() {
  const { t } = useTranslation();
  const candidates = useMentorCandidates();
  const [step, setStep] = useState<Step>({ kind: 'list' });

  return (
    <SectionCard
      title={t('mentor.candidates.title')}
      description={t('mentor.candidates.intro')}
      icon={IconUsers}
      actions={
        step.kind === 'list' ? (
          <Button
            leftSection={<IconUserPlus size={18} aria-hidden="true" />}
            onClick={() => setStep({ kind: 'form' })}
          >
            {t('mentor.create.open')}
          </Button>
        ) : null
      }
    >
      {step.kind === 'form' ? (
        <Paper withBorder radius="md" p="md" bg="gray.0">
          <Stack gap="sm">
            <Text fw={600}>{t('mentor.create.title')}</Text>
            <Text fz="sm" c="dimmed">
              {t('mentor.create.intro')}
            </Text>
            <NewCandidateForm
              onCreated={(created, candidate) => setStep({ kind: 'card', created, ...candidate })}
              onCancel={() => setStep({ kind: 'list' })}
            />
          </Stack>
        </Paper>
      ) : null}
      {step.kind === 'card' ? (
        <AccessCard
          created={step.created}
          candidateName={step.name}
          language={step.language}
          onDone={() => setStep({ kind: 'list' })}
        />
      ) : null}

      {candidates.isPending ? (
        <PageLoader />
      ) : candidates.isError ? (
        <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : candidates.data.length === 0 ? (
        <Text>{t('mentor.candidates.empty')}</Text>
      ) : (
        <ul className={classes.plainList} aria-label={t('mentor.candidates.title')}>
          {candidates.data.map((candidate) => (
            <CandidateItem key={candidate.id} candidate={candidate} />
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

function CandidateItem({ candidate }: { candidate: MentorCandidate }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Paper component="li" withBorder radius="md" p="sm" data-candidate-id={candidate.id}>
      <Group justify="space-between" gap="xs">
        <Stack gap={2} miw={0}>
          <Text fw={600}>
            {candidate.givenName} {candidate.familyName}
          </Text>
          <Text fz="sm" c="dimmed">
            {t('mentor.candidates.since', { date: formatDate(candidate.authorisedSince, language) })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/candidates/${encodeURIComponent(candidate.id)}/profile`}
            size="xs"
            variant="light"
            leftSection={<IconId size={16} aria-hidden="true" />}
          >
            {t('profiles.mentor.editProfile')}
          </Button>
          <Button
            component={Link}
            to={`/candidates/${encodeURIComponent(candidate.id)}/matches`}
            size="xs"
            variant="light"
            leftSection={<IconTargetArrow size={16} aria-hidden="true" />}
            aria-label={t('matchLists.mine.linkNamed', {
              name: `${candidate.givenName} ${candidate.familyName}`,
            })}
          >
            {t('matchLists.mine.link')}
          </Button>
          {candidate.searchableConsent ? (
            <Badge color="teal" variant="light">
              {t('mentor.candidates.visible')}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              {t('mentor.candidates.notVisible')}
            </Badge>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
