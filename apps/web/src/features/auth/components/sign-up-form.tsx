import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PASSWORD_MIN_LENGTH } from '@passgenau/domain';
import { FormStack } from '../../../components/form-stack';
import { FormError } from '../../../components/form-error';
import { PasswordField } from '../../../components/password-field';
import { errorMessageKey } from '../../../lib/error-message';
import { apiFieldErrors, explainedByFields } from '../../../lib/form-errors';
import { useFocusInvalid } from '../../../lib/focus-invalid';
import { useUiLanguage } from '../../../lib/i18n';
import { useSignup } from '../api/signup';
import { isEmailLike } from '../../../lib/validation';
import { NameFields } from '../../../components/name-fields';
import { isolate } from '../../../lib/bidi';

const FIELDS = ['givenName', 'familyName', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

/**
 * Asks for names, e-mail and password; the answer is always "check your inbox", since the account
 * is created from the link in the mail (the page never tells whether an e-mail is registered).
 */
export function SignUpForm() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const signup = useSignup();
  const [values, setValues] = useState<Values>({ givenName: '', familyName: '', email: '', password: '' });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const { ref, focusInvalid } = useFocusInvalid(signup.error);

  const serverErrors = apiFieldErrors(signup.error, FIELDS);
  const fieldError = (field: Field) =>
    problems[field] ?? (serverErrors[field] ? t(serverErrors[field]) : undefined);

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
    if (!isEmailLike(values.email))
      found.email = values.email.trim() === '' ? t('validation.required') : t('validation.email');
    if (values.password.length < PASSWORD_MIN_LENGTH) found.password = t('validation.passwordShort');
    setProblems(found);
    if (Object.keys(found).length > 0) return focusInvalid();
    signup.reset();
    signup.mutate({
      givenName: values.givenName.trim(),
      familyName: values.familyName.trim(),
      email: values.email.trim(),
      password: values.password,
      language,
    });
  };

  if (signup.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" icon={<IconMailCheck aria-hidden="true" />} role="status">
          {t('auth.signUp.sent', { email: isolate(values.email.trim()) })}
        </Alert>
        <Anchor component={Link} to="/sign-in">
          {t('auth.backToSignIn')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <FormStack gap="md" onSubmit={submit} ref={ref}>
      {signup.isError && !explainedByFields(signup.error, FIELDS) && !serverErrors.email ? (
        <FormError>{t(errorMessageKey(signup.error))}</FormError>
      ) : null}
      <NameFields values={values} onChange={change} error={fieldError} />
      <TextInput
        size="md"
        label={t('common.email')}
        name="email"
        type="email"
        autoComplete="email"
        dir="ltr"
        required
        value={values.email}
        onChange={change('email')}
        error={fieldError('email')}
      />
      <PasswordField
        isNew
        label={t('auth.password')}
        name="password"
        required
        value={values.password}
        onChange={change('password')}
        error={fieldError('password')}
      />
      <Button type="submit" size="md" loading={signup.isPending} fullWidth>
        {t('auth.signUp.submit')}
      </Button>
      <Anchor component={Link} to="/sign-in">
        {t('auth.signUp.haveAccount')}
      </Anchor>
    </FormStack>
  );
}
