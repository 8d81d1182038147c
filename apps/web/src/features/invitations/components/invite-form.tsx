import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconMailForward } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationKind, UiLanguage } from '@passgenau/domain';
import { FormStack } from '../../../components/form-stack';
import { FormError } from '../../../components/form-error';
import { LanguageSelect } from '../../../components/language-select';
import { SectionCard } from '../../../components/section-card';
import { errorMessageKey } from '../../../lib/error-message';
import { apiFieldErrors, explainedByFields } from '../../../lib/form-errors';
import { useUiLanguage } from '../../../lib/i18n';
import { isEmailLike } from '../../../lib/validation';
import { useCreateInvitation } from '../api/create-invitation';
import { isolate } from '../../../lib/bidi';

const FIELDS = ['email', 'companyName', 'companyId'] as const;
type Field = 'email' | 'companyName';

export interface InviteFormProps {
  kind: InvitationKind;
}

/** Invites an employer (with a new company) or a candidate by e-mail; the link also shows here to hand over. */
export function InviteForm({ kind }: InviteFormProps) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const create = useCreateInvitation();
  const [values, setValues] = useState<Record<Field, string>>({ email: '', companyName: '' });
  const [language, setLanguage] = useState<UiLanguage>(uiLanguage);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const serverErrors = apiFieldErrors(create.error, FIELDS, ({ field }, error) =>
    field === 'email' && error.code === 'ACCOUNT_EMAIL_TAKEN' ? 'invitations.create.emailTaken' : null,
  );
  const fieldError = (field: Field) =>
    problems[field] ?? (serverErrors[field] ? t(serverErrors[field]) : undefined);
  const employer = kind === 'employer';

  const change = (field: Field) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
    setProblems((previous) => ({ ...previous, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!isEmailLike(values.email))
      found.email = values.email.trim() === '' ? t('validation.required') : t('validation.email');
    if (employer && values.companyName.trim().length < 2) found.companyName = t('validation.required');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    create.mutate({
      kind,
      email: values.email.trim(),
      ...(employer ? { companyName: values.companyName.trim() } : {}),
      language,
    });
  };

  const startOver = () => {
    create.reset();
    setValues({ email: '', companyName: '' });
  };

  return (
    <SectionCard
      title={employer ? t('invitations.create.employerTitle') : t('invitations.create.candidateTitle')}
      description={employer ? t('invitations.create.employerIntro') : t('invitations.create.candidateIntro')}
      icon={IconMailForward}
    >
      {create.isSuccess ? (
        <Stack gap="sm">
          <Alert color="teal" variant="light" role="status" icon={<IconCheck aria-hidden="true" />}>
            {t('invitations.create.sent', { email: isolate(create.data.email) })}
          </Alert>
          <Text fz="sm">{t('invitations.create.linkHint')}</Text>
          <Group gap="xs" wrap="nowrap" align="center">
            <Text fz="sm" style={{ overflowWrap: 'anywhere' }} data-value="accept-url">
              <bdi dir="ltr">{create.data.acceptUrl}</bdi>
            </Text>
            <CopyButton value={create.data.acceptUrl}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant="light"
                  flex="none"
                  onClick={copy}
                  leftSection={
                    copied ? (
                      <IconCheck size={14} aria-hidden="true" />
                    ) : (
                      <IconCopy size={14} aria-hidden="true" />
                    )
                  }
                >
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Group>
            <Button variant="default" onClick={startOver}>
              {t('invitations.create.another')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <FormStack gap="md" onSubmit={submit}>
          {create.isError && !explainedByFields(create.error, FIELDS) && !serverErrors.email ? (
            <FormError>{t(errorMessageKey(create.error))}</FormError>
          ) : null}
          <TextInput
            size="md"
            label={t('common.email')}
            name="email"
            type="email"
            autoComplete="off"
            dir="ltr"
            required
            value={values.email}
            onChange={change('email')}
            error={fieldError('email')}
          />
          {employer ? (
            <TextInput
              size="md"
              label={t('invitations.create.companyName')}
              description={t('invitations.create.companyHint')}
              name="companyName"
              autoComplete="organization"
              required
              value={values.companyName}
              onChange={change('companyName')}
              error={fieldError('companyName')}
            />
          ) : null}
          <LanguageSelect
            label={t('invitations.create.language')}
            name="language"
            value={language}
            onChange={setLanguage}
            maw={320}
          />
          <Group>
            <Button
              type="submit"
              size="md"
              loading={create.isPending}
              leftSection={<IconMailForward size={18} aria-hidden="true" />}
            >
              {t('invitations.create.submit')}
            </Button>
          </Group>
        </FormStack>
      )}
    </SectionCard>
  );
}
