import { SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type NameField = 'givenName' | 'familyName';

export interface NameFieldsProps {
  values: Record<NameField, string>;
  onChange: (field: NameField) => (event: { currentTarget: HTMLInputElement }) => void;
  error: (field: NameField) => ReactNode;
  /** Off when someone types another person's name (a mentor creating a candidate). */
  ownName?: boolean;
}

/** Given and family name side by side (stacked on phones), used by every form that names a person. */
export function NameFields({ values, onChange, error, ownName = true }: NameFieldsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
      <TextInput
        size="md"
        label={t('common.givenName')}
        name="givenName"
        autoComplete={ownName ? 'given-name' : 'off'}
        required
        value={values.givenName}
        onChange={onChange('givenName')}
        error={error('givenName')}
      />
      <TextInput
        size="md"
        label={t('common.familyName')}
        name="familyName"
        autoComplete={ownName ? 'family-name' : 'off'}
        required
        value={values.familyName}
        onChange={onChange('familyName')}
        error={error('familyName')}
      />
    </SimpleGrid>
  );
}
