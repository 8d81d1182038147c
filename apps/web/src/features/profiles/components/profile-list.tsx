import {
  Badge,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Anchor,
  CloseButton,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ConceptLabels } from '@passgenau/domain';
import { Pseudonym, slot, withSlots } from '../../../components/bidi';
import { SearchErrorAlert } from '../../staff/components/search-locked';
import { PageLoader } from '../../../components/page-loader';
import { Pager } from '../../../components/pager';
import { ConceptLabel } from '../../taxonomy/components/concept-label';
import { usePseudonymousProfile, useProfileList, useTowns } from '../api/profile-api';
import type { PseudonymousProfile } from '../api/schemas';
import { ConceptPicker } from './concept-picker';
import { CompetenceList, germanLevel, ProfileSummary } from './profile-summary';

const PAGE_SIZE = 12;

function ProfileCard({ profile }: { profile: PseudonymousProfile }) {
  const { t } = useTranslation();
  const level = germanLevel(profile);
  return (
    <Paper component="li" withBorder radius="md" p="md" data-pseudonym={profile.pseudonym}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={`/profiles/${encodeURIComponent(profile.pseudonym)}`} fw={700}>
            {withSlots(t('profiles.list.candidate', { pseudonym: slot('pseudonym') }), {
              pseudonym: <Pseudonym value={profile.pseudonym} />,
            })}
          </Anchor>
          <Badge variant="light" tt="none">
            {t('profiles.list.german', { level: level ?? '–' })}
          </Badge>
        </Group>
        <CompetenceList competences={profile.competences.slice(0, 3)} showEvidence={false} />
        <Group gap="xs" wrap="wrap">
          {profile.homeTownName ? <Text fz="sm">{profile.homeTownName}</Text> : null}
          <Badge variant="outline" color={profile.mayWork === 'yes' ? 'teal' : 'gray'} tt="none">
            {t(`profiles.mayWork.${profile.mayWork}`)}
          </Badge>
        </Group>
      </Stack>
    </Paper>
  );
}

/** /profiles: published profiles in pseudonymous form, filtered by town and occupation. */
export function ProfileList() {
  const { t } = useTranslation();
  const towns = useTowns();
  const [town, setTown] = useState('');
  const [occupation, setOccupation] = useState<{ code: string; labels: ConceptLabels } | null>(null);
  const [page, setPage] = useState(1);
  const list = useProfileList({
    town: town || undefined,
    occupation: occupation?.code,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('profiles.list.title')}</Title>
        <Text c="dimmed">{t('profiles.list.intro')}</Text>
      </Stack>
      <Paper withBorder radius="md" p="md">
        <Group gap="md" align="flex-start" wrap="wrap">
          <NativeSelect
            flex="1 1 200px"
            label={t('profiles.list.town')}
            data={[
              { value: '', label: t('profiles.list.allTowns') },
              ...(towns.data ?? []).map((t2) => ({ value: t2.ags, label: t2.name })),
            ]}
            value={town}
            onChange={(event) => {
              setTown(event.currentTarget.value);
              setPage(1);
            }}
          />
          <Stack gap={4} flex="1 1 260px">
            <ConceptPicker
              kind="occupations"
              label={t('profiles.list.occupation')}
              onPick={(picked) => {
                setOccupation(picked);
                setPage(1);
              }}
            />
            {occupation ? (
              <Group gap={4}>
                <ConceptLabel labels={occupation.labels} fz="sm" />
                <CloseButton
                  size="sm"
                  aria-label={t('profiles.list.clearOccupation')}
                  onClick={() => setOccupation(null)}
                />
              </Group>
            ) : null}
          </Stack>
        </Group>
      </Paper>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <SearchErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Text fz="sm" role="status">
            {t('profiles.list.total', { count: list.data.total })}
          </Text>
          <SimpleGrid
            component="ul"
            cols={{ base: 1, sm: 2, lg: 3 }}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('profiles.list.title')}
          >
            {list.data.items.map((profile) => (
              <ProfileCard key={profile.pseudonym} profile={profile} />
            ))}
          </SimpleGrid>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onChange={setPage}
            label={t('profiles.list.pages')}
          />
        </>
      )}
    </Stack>
  );
}

/** /profiles/:pseudonym: one profile as employers see it. */
export function PseudonymousProfileView({ pseudonym }: { pseudonym: string }) {
  const { t } = useTranslation();
  const profile = usePseudonymousProfile(pseudonym);
  if (profile.isPending) return <PageLoader />;
  if (profile.isError)
    return <SearchErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  const level = germanLevel(profile.data);
  return (
    <Stack gap="md" maw={880}>
      <Stack gap={4}>
        <Anchor component={Link} to="/profiles" fz="sm">
          {t('profiles.list.back')}
        </Anchor>
        <Title order={1}>
          {withSlots(t('profiles.list.candidate', { pseudonym: slot('pseudonym') }), {
            pseudonym: <Pseudonym value={profile.data.pseudonym} />,
          })}
        </Title>
        <Group gap="xs">
          <Badge variant="light" tt="none">
            {t('profiles.list.german', { level: level ?? '–' })}
          </Badge>
          <Badge variant="outline" tt="none">
            {t('profiles.list.complete', { percent: profile.data.completenessPercent })}
          </Badge>
        </Group>
        <Text c="dimmed" fz="sm">
          {t('profiles.list.privacy')}
        </Text>
      </Stack>
      <ProfileSummary profile={profile.data} />
    </Stack>
  );
}
