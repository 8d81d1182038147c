import { Alert, Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconHeart, IconHeartOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { signInPath } from '../../auth/session/next-path';
import { useSession } from '../../auth/session/session-context';
import { mentorCandidatesQueryOptions } from '../../mentor/api/list-mentor-candidates';
import { useChangeInterest, useOfferInterests } from '../api/job-board';

export interface InterestPanelProps {
  offerId: string;
  interestMarkedAt: string | null;
}

/** "I'm interested" for candidates; mentors choose one of their candidates first. */
export function InterestPanel({ offerId, interestMarkedAt }: InterestPanelProps) {
  const { t } = useTranslation();
  const { account, status } = useSession();
  const location = useLocation();
  const change = useChangeInterest();
  const isMentor = account?.role === 'mentor';
  // Only a mentor may list candidates: anyone else would get a 401/403 in the console.
  const candidates = useQuery({ ...mentorCandidatesQueryOptions(), enabled: isMentor });
  const [candidateId, setCandidateId] = useState<string | null>(null);
  const mentorInterests = useOfferInterests(candidateId, isMentor && candidateId !== null);

  if (status === 'loading') return null;
  if (!account) {
    return (
      <Text fz="sm">
        <Anchor component={Link} to={signInPath(location.pathname)}>
          {t('jobs.interest.signIn')}
        </Anchor>
      </Text>
    );
  }
  if (account.role !== 'candidate' && !isMentor) return null;

  const interested = isMentor
    ? (mentorInterests.data ?? []).some((item) => item.offerId === offerId)
    : interestMarkedAt !== null;
  const disabled = isMentor && !candidateId;

  return (
    <Stack gap="sm">
      {isMentor ? (
        <Select
          label={t('jobs.interest.candidate')}
          data={(candidates.data ?? []).map((c) => ({
            value: c.id,
            label: `${c.givenName} ${c.familyName}`,
          }))}
          value={candidateId}
          onChange={setCandidateId}
          maw={360}
        />
      ) : null}
      {interested ? (
        <Alert color="teal" variant="light" icon={<IconHeart aria-hidden="true" />}>
          {t('jobs.interest.marked')}
        </Alert>
      ) : null}
      <Group>
        <Button
          leftSection={
            interested ? (
              <IconHeartOff size={18} aria-hidden="true" />
            ) : (
              <IconHeart size={18} aria-hidden="true" />
            )
          }
          variant={interested ? 'default' : 'filled'}
          disabled={disabled}
          loading={change.isPending}
          onClick={() =>
            change.mutate({
              offerId,
              interested: !interested,
              candidateId: isMentor ? (candidateId ?? undefined) : undefined,
            })
          }
        >
          {interested
            ? t('jobs.interest.remove')
            : isMentor
              ? t('jobs.interest.markFor')
              : t('jobs.interest.mark')}
        </Button>
      </Group>
      {change.isError ? <ErrorAlert error={change.error} /> : null}
    </Stack>
  );
}
