import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch, IconUserSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { SectionCard } from '../../../components/section-card';
import { useSession } from '../../auth/session/session-context';
import { useCandidateLookup, type CandidateLookupItem } from '../api/candidate-lookup';

export interface CandidateLookupProps {
  /** Offered as a button per person (e.g. the assessment form takes the pseudonym). */
  onPick?: (candidate: CandidateLookupItem) => void;
  /** 1 on the lookup page of its own, where the card's title is the page's heading. */
  headingOrder?: 1 | 2;
}

/** Find a candidate by name: staff search everyone, mentors the people who authorised them. */
export function CandidateLookup({ onPick, headingOrder = 2 }: CandidateLookupProps) {
  const { t } = useTranslation();
  const { account } = useSession();
  const [text, setText] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const [tooShort, setTooShort] = useState(false);
  const lookup = useCandidateLookup(query);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    setTooShort(q.length < 2);
    if (q.length >= 2) setQuery(q);
  };

  return (
    <SectionCard
      headingOrder={headingOrder}
      title={t('staff.lookup.title')}
      description={account?.role === 'mentor' ? t('staff.lookup.introMentor') : t('staff.lookup.introStaff')}
      icon={IconUserSearch}
    >
      <form role="search" aria-label={t('staff.lookup.title')} onSubmit={submit}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            flex="1 1 220px"
            label={t('staff.lookup.query')}
            value={text}
            error={tooShort ? t('staff.lookup.tooShort') : undefined}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setTooShort(false);
            }}
          />
          <Button
            type="submit"
            leftSection={<IconSearch size={18} aria-hidden="true" />}
            loading={lookup.isFetching}
          >
            {t('staff.lookup.search')}
          </Button>
        </Group>
      </form>
      {lookup.isError ? <ErrorAlert error={lookup.error} /> : null}
      {lookup.data ? (
        lookup.data.length === 0 ? (
          <Text role="status">{t('staff.lookup.empty')}</Text>
        ) : (
          <Stack
            component="ul"
            aria-label={t('staff.lookup.results')}
            gap="xs"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {lookup.data.map((candidate) => (
              <Group component="li" key={candidate.id} justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Text fw={600}>
                    <bdi>
                      {candidate.givenName} {candidate.familyName}
                    </bdi>
                  </Text>
                  <Group gap="xs">
                    {candidate.pseudonym ? (
                      <Badge
                        variant="light"
                        aria-label={`${t('staff.lookup.pseudonym')}: ${candidate.pseudonym}`}
                      >
                        <bdi>{candidate.pseudonym}</bdi>
                      </Badge>
                    ) : (
                      <Text fz="sm" c="dimmed">
                        {t('staff.lookup.noProfile')}
                      </Text>
                    )}
                    {candidate.loginName ? (
                      <Text fz="sm" c="dimmed">
                        {t('staff.lookup.loginName')}: <bdi>{candidate.loginName}</bdi>
                      </Text>
                    ) : null}
                    {candidate.email ? (
                      <Text fz="sm" c="dimmed">
                        <bdi>{candidate.email}</bdi>
                      </Text>
                    ) : null}
                  </Group>
                </Stack>
                <Group gap="xs">
                  {onPick ? (
                    <Button size="xs" variant="light" onClick={() => onPick(candidate)}>
                      {t('staff.lookup.use')}
                    </Button>
                  ) : null}
                  <Button
                    size="xs"
                    variant="subtle"
                    component={Link}
                    to={`/candidates/${candidate.id}/profile`}
                  >
                    {t('staff.lookup.openProfile')}
                  </Button>
                </Group>
              </Group>
            ))}
          </Stack>
        )
      ) : null}
    </SectionCard>
  );
}
