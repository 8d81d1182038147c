import { ActionIcon, Button, Group } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Removes one entry of a list in the wizard (a language, a certificate, a competence …). */
export function RemoveButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <ActionIcon
      variant="subtle"
      color="red"
      size="lg"
      aria-label={t('profiles.common.remove')}
      onClick={onClick}
    >
      <IconTrash size={18} aria-hidden="true" />
    </ActionIcon>
  );
}

/** Adds an entry to a list in the wizard. */
export function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Group>
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={16} aria-hidden="true" />}
        onClick={onClick}
      >
        {children}
      </Button>
    </Group>
  );
}
