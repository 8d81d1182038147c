import { Alert, Anchor, Button, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PASSWORD_MIN_LENGTH } from '@passgenau/domain';
import { FormError } from '../../../components/form-error';
import { FormStack } from '../../../components/form-stack';
import { NameFields } from '../../../components/name-fields';
import { PasswordField } from '../../../components/password-field';
import { isolate } from '../../../lib/bidi';
import { errorMessageKey } from '../../../lib/error-message';
import { apiFieldErrors, explainedByFields } from '../../../lib/form-errors';
import { useUiLanguage } from '../../../lib/i18n';
import { isEmailLike } from '../../../lib/validation';
import { useEmployerSignup } from '../api/employer-verification';
import { useTownOptions } from '../api/towns';

const FIELDS = ['companyName', 'townAgs', 'givenName', 'familyName', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

/**
 * A firm signs up: firm name, town, contact person, e-mail and password. The answer is always
 * "check your inbox": the firm and its account are created from the link in the mail.
 */
export function EmployerSignUpForm() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const signup = useEmployerSignup();
  const towns = useTownOptions();
  const [values, setValues] = useState<Values>({
    companyName: '',
    townAgs: '',
    givenName: '',
    familyName: '',
    email: '',
    password: '',
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const serverErrors = apiFieldErrors(signup.error, FIELDS);
  const fieldError = (field: Field) =>
    problems[field] ?? (serverErrors[field] ? t(serverErrors[field]) : undefined);
  const setValue = (field: Field, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setProblems((previous) => ({ ...previous, [field]: undefined }));
  };
  const change = (field: Field) => (event: { currentTarget: HTMLInputElement }) =>
    setValue(field, event.currentTarget.value);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    for (const field of ['companyName', 'townAgs', 'givenName', 'familyName'] as const)
      if (values[field].trim() === '') found[field] = t('validation.required');
    if (!isEmailLike(values.email))
      found.email = values.email.trim() === '' ? t('validation.required') : t('validation.email');
    if (values.password.length < PASSWORD_MIN_LENGTH) found.password = t('validation.passwordShort');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    signup.reset();
    signup.mutate({
      companyName: values.companyName.trim(),
      townAgs: values.townAgs,
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
          {t('staff.employerSignUp.sent', { email: isolate(values.email.trim()) })}
        </Alert>
        <Anchor component={Link} to="/sign-in">
          {t('auth.backToSignIn')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <FormStack gap="md" onSubmit={submit} aria-label={t('staff.employerSignUp.title')}>
      {signup.isError && !explainedByFields(signup.error, FIELDS) ? (
        <FormError>{t(errorMessageKey(signup.error))}</FormError>
      ) : null}
      <TextInput
        size="md"
        label={t('staff.employerSignUp.companyName')}
        name="organization"
        autoComplete="organization"
        required
        value={values.companyName}
        onChange={change('companyName')}
        error={fieldError('companyName')}
      />
      <Select
        size="md"
        label={t('staff.employerSignUp.town')}
        required
        searchable
        data={(towns.data ?? []).map((town) => ({ value: town.ags, label: town.name }))}
        value={values.townAgs || null}
        onChange={(value) => setValue('townAgs', value ?? '')}
        error={fieldError('townAgs')}
      />
      <Text fw={600} fz="sm">
        {t('staff.employerSignUp.contact')}
      </Text>
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
        {t('staff.employerSignUp.submit')}
      </Button>
      <Anchor component={Link} to="/sign-in">
        {t('auth.signUp.haveAccount')}
      </Anchor>
    </FormStack>
  );
}
