import { Alert, Anchor, Button } from '@mantine/core';
import { IconMailQuestion } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PASSWORD_MIN_LENGTH } from '@passgenau/domain';
import { DataList } from '../../../components/data-list';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { FormError } from '../../../components/form-error';
import { NarrowPage } from '../../../components/narrow-page';
import { PageLoader } from '../../../components/page-loader';
import { PasswordField } from '../../../components/password-field';
import { ApiError } from '../../../lib/api-client';
import { errorMessageKey } from '../../../lib/error-message';
import { apiFieldErrors, explainedByFields } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { readStoredLanguage, useUiLanguage } from '../../../lib/i18n';
import type { SessionResponse } from '../../../types/session';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitationPreview, type InvitationPreview } from '../api/get-invitation-preview';
import { isolate } from '../../../lib/bidi';
import { NameFields } from '../../../components/name-fields';

export interface AcceptInvitationProps {
  token: string;
  onAccepted: (session: SessionResponse) => void;
}

export function AcceptInvitation({ token, onAccepted }: AcceptInvitationProps) {
  const { t } = useTranslation();
  const preview = useInvitationPreview(token);

  if (preview.isPending) return <PageLoader />;
  if (preview.isError) {
    const invalid = preview.error instanceof ApiError && preview.error.statusCode === 404;
    return (
      <NarrowPage title={t('invitations.accept.title')}>
        {invalid ? (
          <Alert color="orange" variant="light" icon={<IconMailQuestion aria-hidden="true" />} role="alert">
            {t('invitations.accept.invalid')}
          </Alert>
        ) : (
          <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
        )}
        <Anchor component={Link} to="/">
          {t('notFound.back')}
        </Anchor>
      </NarrowPage>
    );
  }
  return <AcceptInvitationForm token={token} preview={preview.data} onAccepted={onAccepted} />;
}

const FIELDS = ['givenName', 'familyName', 'password'] as const;
type Field = (typeof FIELDS)[number];

interface AcceptInvitationFormProps {
  token: string;
  preview: InvitationPreview;
  onAccepted: (session: SessionResponse) => void;
}

function AcceptInvitationForm({ token, preview, onAccepted }: AcceptInvitationFormProps) {
  const { t, i18n } = useTranslation();
  const language = useUiLanguage();
  const accept = useAcceptInvitation();
  const [values, setValues] = useState<Record<Field, string>>({
    givenName: '',
    familyName: '',
    password: '',
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const serverErrors = apiFieldErrors(accept.error, FIELDS);
  const fieldError = (field: Field) =>
    problems[field] ?? (serverErrors[field] ? t(serverErrors[field]) : undefined);

  // The invitation was written in the invited person's language; speak it unless they chose another.
  const languageApplied = useRef(false);
  useEffect(() => {
    if (languageApplied.current) return;
    languageApplied.current = true;
    if (readStoredLanguage() === null && i18n.language !== preview.language)
      void i18n.changeLanguage(preview.language);
  }, [i18n, preview.language]);

  const change = (field: Field) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
    setProblems((previous) => ({ ...previous, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (values.givenName.trim() === '') found.givenName = t('validation.required');
    if (values.familyName.trim() === '') found.familyName = t('validation.required');
    if (values.password.length < PASSWORD_MIN_LENGTH) found.password = t('validation.passwordShort');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    accept.mutate(
      {
        token,
        givenName: values.givenName.trim(),
        familyName: values.familyName.trim(),
        password: values.password,
        language,
      },
      { onSuccess: onAccepted },
    );
  };

  const invalidNow = accept.error instanceof ApiError && accept.error.code === 'INVITATION_INVALID';

  return (
    <NarrowPage
      title={t('invitations.accept.title')}
      intro={
        preview.kind === 'employer'
          ? t('invitations.accept.employerIntro', {
              name: isolate(preview.invitedBy),
              company: isolate(preview.companyName ?? ''),
            })
          : t('invitations.accept.candidateIntro', { name: isolate(preview.invitedBy) })
      }
    >
      <DataList
        items={[
          { label: t('common.email'), value: preview.email, ltr: true, name: 'email' },
          ...(preview.companyName
            ? [{ label: t('invitations.accept.company'), value: preview.companyName }]
            : []),
          { label: t('invitations.accept.validUntil'), value: formatDate(preview.expiresAt, language) },
        ]}
      />
      <FormStack gap="md" onSubmit={submit}>
        {invalidNow ? (
          <FormError>{t('invitations.accept.invalid')}</FormError>
        ) : accept.isError && !explainedByFields(accept.error, FIELDS) ? (
          <FormError>{t(errorMessageKey(accept.error))}</FormError>
        ) : null}
        <NameFields values={values} onChange={change} error={fieldError} />
        <PasswordField
          isNew
          label={t('auth.password')}
          name="password"
          required
          value={values.password}
          onChange={change('password')}
          error={fieldError('password')}
        />
        <Button type="submit" size="md" loading={accept.isPending} fullWidth>
          {t('invitations.accept.submit')}
        </Button>
      </FormStack>
    </NarrowPage>
  );
}
