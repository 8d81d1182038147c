import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import {
  useDeleteSavedSearch,
  useRenameSavedSearch,
  useSavedSearchAlerts,
  useSavedSearchResults,
  useSavedSearches,
  type SavedSearch,
} from '../api/saved-searches';

function Results({ search }: { search: SavedSearch }) {
  const { t } = useTranslation();
  const results = useSavedSearchResults(search);
  if (results.isPending) return <PageLoader />;
  if (results.isError) return <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />;
  if (results.data.length === 0) return <Text c="dimmed">{t('savedSearches.noResults')}</Text>;
  return (
    <Stack
      component="ul"
      gap={4}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('savedSearches.results')}
    >
      {results.data.map((r) => (
        <li key={r.key}>
          <Anchor component={Link} to={r.to} dir="auto">
            {r.label}
          </Anchor>
        </li>
      ))}
    </Stack>
  );
}

function SavedSearchItem({ search }: { search: SavedSearch }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const rename = useRenameSavedSearch();
  const remove = useDeleteSavedSearch();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(search.name);
  const [showResults, setShowResults] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim())
      rename.mutate({ id: search.id, name: name.trim() }, { onSuccess: () => setEditing(false) });
  };

  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          {editing ? (
            <form onSubmit={submit} style={{ flex: '1 1 16rem' }}>
              <Group gap="xs" align="flex-end" wrap="wrap">
                <TextInput
                  label={t('savedSearches.name')}
                  value={name}
                  onChange={(event) => setName(event.currentTarget.value)}
                  maxLength={100}
                  required
                  flex="1 1 12rem"
                />
                <Button type="submit" loading={rename.isPending}>
                  {t('savedSearches.renameSubmit')}
                </Button>
                <Button variant="default" onClick={() => setEditing(false)}>
                  {t('savedSearches.cancel')}
                </Button>
              </Group>
            </form>
          ) : (
            <Stack gap={2}>
              <Text fw={600} dir="auto">
                {search.name}
              </Text>
              <Text fz="sm" c="dimmed">
                {t(`savedSearches.kinds.${search.kind}`)} ·{' '}
                {t('savedSearches.savedOn', { date: formatDate(search.createdAt, language) })}
              </Text>
            </Stack>
          )}
          <Badge variant="light" color={search.alerts > 0 ? 'teal' : 'gray'}>
            {t('savedSearches.alertCount', { count: search.alerts })}
          </Badge>
        </Group>
        {rename.isError ? <ErrorAlert error={rename.error} /> : null}
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        <Group gap="xs" wrap="wrap">
          <Button variant="light" onClick={() => setShowResults((s) => !s)} aria-expanded={showResults}>
            {t(showResults ? 'savedSearches.hideResults' : 'savedSearches.showResults')}
          </Button>
          {!editing ? (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden="true" />}
              onClick={() => setEditing(true)}
            >
              {t('savedSearches.rename')}
            </Button>
          ) : null}
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden="true" />}
            loading={remove.isPending}
            onClick={() => remove.mutate(search.id)}
            aria-label={t('savedSearches.deleteNamed', { name: search.name })}
          >
            {t('savedSearches.delete')}
          </Button>
        </Group>
        {showResults ? <Results search={search} /> : null}
      </Stack>
    </Paper>
  );
}

/** /saved-searches (employers, candidates, mentors): my saved searches and their alerts. */
export function SavedSearchesPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const searches = useSavedSearches();
  const alerts = useSavedSearchAlerts();

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1}>{t('savedSearches.title')}</Title>
        <Text c="dimmed">{t('savedSearches.intro')}</Text>
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="saved-search-list">
        <Title order={2} fz="h3" id="saved-search-list">
          {t('savedSearches.listTitle')}
        </Title>
        {searches.isPending ? (
          <PageLoader />
        ) : searches.isError ? (
          <ErrorAlert error={searches.error} onRetry={() => void searches.refetch()} />
        ) : searches.data.length === 0 ? (
          <Text>{t('savedSearches.empty')}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {searches.data.map((s) => (
              <SavedSearchItem key={s.id} search={s} />
            ))}
          </Stack>
        )}
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="saved-search-alerts">
        <Title order={2} fz="h3" id="saved-search-alerts">
          {t('savedSearches.alertsTitle')}
        </Title>
        <Text fz="sm" c="dimmed">
          {t('savedSearches.alertsIntro')}
        </Text>
        {alerts.isPending ? (
          <PageLoader />
        ) : alerts.isError ? (
          <ErrorAlert error={alerts.error} onRetry={() => void alerts.refetch()} />
        ) : alerts.data.length === 0 ? (
          <Text>{t('savedSearches.noAlerts')}</Text>
        ) : (
          <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
            {alerts.data.map((a) => (
              <Paper
                component="li"
                key={`${a.savedSearchId}-${a.pseudonym ?? a.offerId}`}
                withBorder
                radius="sm"
                p="xs"
              >
                <Group justify="space-between" wrap="wrap" gap="xs">
                  {a.pseudonym ? (
                    <Anchor component={Link} to={`/profiles/${encodeURIComponent(a.pseudonym)}`}>
                      {a.pseudonym}
                    </Anchor>
                  ) : (
                    <Anchor component={Link} to={`/jobs/${a.offerId}`} dir="auto">
                      {a.offerTitle}
                    </Anchor>
                  )}
                  <Text fz="sm" c="dimmed">
                    <bdi>{a.savedSearchName}</bdi> · {formatDate(a.foundAt, language)}
                  </Text>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
