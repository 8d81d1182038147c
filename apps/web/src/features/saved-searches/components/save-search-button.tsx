import { Alert, Button, Group, Popover, Stack, TextInput } from '@mantine/core';
import { IconBookmark } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { savedQuery, useSaveSearch, type SavedSearchKind } from '../api/saved-searches';

export interface SaveSearchButtonProps {
  kind: SavedSearchKind;
  /** The search's API query (paging and empty values are left out). */
  query: Record<string, unknown>;
  /** Mentors: the candidate an offer search is for. */
  candidateId?: string;
}

/** "Save this search": a name, then the search is kept and alerts new results. */
export function SaveSearchButton({ kind, query, candidateId }: SaveSearchButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const save = useSaveSearch();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    save.mutate(
      { kind, name: name.trim(), query: savedQuery(query), ...(candidateId ? { candidateId } : {}) },
      { onSuccess: () => setName('') },
    );
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus withinPortal width={320}>
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconBookmark size={18} aria-hidden="true" />}
          onClick={() => {
            save.reset();
            setOpened((o) => !o);
          }}
          aria-expanded={opened}
        >
          {t('savedSearches.save')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        {save.isSuccess ? (
          <Stack gap="xs">
            <Alert color="teal" variant="light" role="status">
              {t('savedSearches.saved')}
            </Alert>
            <Button component={Link} to="/saved-searches" variant="subtle">
              {t('savedSearches.toList')}
            </Button>
          </Stack>
        ) : (
          <form onSubmit={submit}>
            <Stack gap="xs">
              <TextInput
                label={t('savedSearches.name')}
                description={t('savedSearches.nameHelp')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                maxLength={100}
                required
                data-autofocus
              />
              {save.isError ? <ErrorAlert error={save.error} /> : null}
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending}>
                  {t('savedSearches.saveSubmit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
