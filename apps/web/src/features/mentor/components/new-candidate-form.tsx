import { Button, Group } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '@passgenau/domain';
import { FormStack } from '../../../components/form-stack';
import { FormError } from '../../../components/form-error';
import { LanguageSelect } from '../../../components/language-select';
import { errorMessageKey } from '../../../lib/error-message';
import { apiFieldErrors, explainedByFields } from '../../../lib/form-errors';
import { useFocusInvalid } from '../../../lib/focus-invalid';
import { useUiLanguage } from '../../../lib/i18n';
import { useCreateCandidate, type CreatedCandidate } from '../api/create-candidate';
import { NameFields } from '../../../components/name-fields';

const FIELDS = ['givenName', 'familyName', 'language'] as const;
type NameField = 'givenName' | 'familyName';

export interface NewCandidateFormProps {
  onCreated: (created: CreatedCandidate, candidate: { name: string; language: UiLanguage }) => void;
  onCancel: () => void;
}

export function NewCandidateForm({ onCreated, onCancel }: NewCandidateFormProps) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const create = useCreateCandidate();
  const [names, setNames] = useState<Record<NameField, string>>({ givenName: '', familyName: '' });
  const [language, setLanguage] = useState<UiLanguage>(uiLanguage);
  const [problems, setProblems] = useState<Partial<Record<NameField, string>>>({});
  const { ref, focusInvalid } = useFocusInvalid(create.error);
  const serverErrors = apiFieldErrors(create.error, FIELDS);
  const fieldError = (field: NameField) =>
    problems[field] ?? (serverErrors[field] ? t(serverErrors[field]) : undefined);

  const change = (field: NameField) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setNames((previous) => ({ ...previous, [field]: value }));
    setProblems((previous) => ({ ...previous, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<NameField, string>> = {};
    if (names.givenName.trim() === '') found.givenName = t('validation.required');
    if (names.familyName.trim() === '') found.familyName = t('validation.required');
    setProblems(found);
    if (Object.keys(found).length > 0) return focusInvalid();
    const givenName = names.givenName.trim();
    const familyName = names.familyName.trim();
    create.mutate(
      { givenName, familyName, language },
      { onSuccess: (created) => onCreated(created, { name: `${givenName} ${familyName}`, language }) },
    );
  };

  return (
    <FormStack gap="md" onSubmit={submit} ref={ref} aria-label={t('mentor.create.title')}>
      {create.isError && !explainedByFields(create.error, FIELDS) ? (
        <FormError>{t(errorMessageKey(create.error))}</FormError>
      ) : null}
      <NameFields values={names} onChange={change} error={fieldError} ownName={false} />
      <LanguageSelect
        label={t('mentor.create.language')}
        description={t('mentor.create.languageHint')}
        name="language"
        value={language}
        onChange={setLanguage}
        maw={320}
      />
      <Group gap="sm">
        <Button type="submit" size="md" loading={create.isPending}>
          {t('mentor.create.submit')}
        </Button>
        <Button size="md" variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </FormStack>
  );
}
