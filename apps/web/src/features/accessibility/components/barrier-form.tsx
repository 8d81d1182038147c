import { Alert, Button, Stack, TextInput, Textarea } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error';
import { FormStack } from '../../../components/form-stack';
import { errorMessageKey } from '../../../lib/error-message';
import { useFocusInvalid } from '../../../lib/focus-invalid';
import { apiFieldErrors, explainedByFields } from '../../../lib/form-errors';
import { useUiLanguage } from '../../../lib/i18n';
import { isEmailLike } from '../../../lib/validation';
import { useReportBarrier } from '../api/report-barrier';

// As the API checks them (BarrierReportDto).
export const BARRIER_PAGE_MAX = 500;
export const BARRIER_DESCRIPTION_MIN = 5;
export const BARRIER_DESCRIPTION_MAX = 5000;

const FIELDS = ['pageUrl', 'description', 'email'] as const;
type Field = (typeof FIELDS)[number];

export interface BarrierFormProps {
  /** The page the visitor came from, to start the "which page" field with. */
  initialPage?: string;
}

/** "Report a barrier": anonymous unless an e-mail address is given for a reply. */
export function BarrierForm({ initialPage = '' }: BarrierFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const report = useReportBarrier();
  const [values, setValues] = useState<Record<Field, string>>({
    pageUrl: initialPage,
    description: '',
    email: '',
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const { ref, focusInvalid } = useFocusInvalid(report.error);
  const done = useRef<HTMLDivElement>(null);

  const serverErrors = apiFieldErrors(report.error, FIELDS);
  const fieldError = (field: Field) =>
    problems[field] ?? (serverErrors[field] ? t(serverErrors[field]) : undefined);

  const change = (field: Field) => (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
    setProblems((previous) => ({ ...previous, [field]: undefined }));
  };

  // The form is replaced by the thank-you note: focus goes there, not to <body>.
  useEffect(() => {
    if (report.isSuccess) done.current?.focus();
  }, [report.isSuccess]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const description = values.description.trim();
    if (description.length < BARRIER_DESCRIPTION_MIN) found.description = t('a11yStatement.form.descriptionTooShort');
    else if (description.length > BARRIER_DESCRIPTION_MAX)
      found.description = t('a11yStatement.form.tooLong', { max: BARRIER_DESCRIPTION_MAX });
    if (values.pageUrl.trim().length > BARRIER_PAGE_MAX)
      found.pageUrl = t('a11yStatement.form.tooLong', { max: BARRIER_PAGE_MAX });
    if (values.email.trim() !== '' && !isEmailLike(values.email)) found.email = t('validation.email');
    setProblems(found);
    if (Object.keys(found).length > 0) return focusInvalid();
    report.mutate({
      pageUrl: values.pageUrl.trim() || undefined,
      description,
      email: values.email.trim() || undefined,
      language,
    });
  };

  if (report.isSuccess) {
    return (
      <Stack gap="sm" ref={done} tabIndex={-1} data-testid="barrier-sent">
        <Alert color="teal" variant="light" icon={<IconCheck aria-hidden="true" />} role="status">
          {report.data.replyExpected ? t('a11yStatement.form.sentReply') : t('a11yStatement.form.sent')}
        </Alert>
        <Button
          variant="default"
          w="fit-content"
          onClick={() => {
            setValues({ pageUrl: '', description: '', email: '' });
            report.reset();
          }}
        >
          {t('a11yStatement.form.another')}
        </Button>
      </Stack>
    );
  }

  return (
    <FormStack gap="md" onSubmit={submit} ref={ref} aria-label={t('a11yStatement.form.title')}>
      {report.isError && !explainedByFields(report.error, FIELDS) ? (
        <FormError>{t(errorMessageKey(report.error))}</FormError>
      ) : null}
      <TextInput
        size="md"
        label={t('a11yStatement.form.page')}
        description={t('a11yStatement.form.pageHint')}
        name="pageUrl"
        dir="auto"
        maxLength={BARRIER_PAGE_MAX}
        value={values.pageUrl}
        onChange={change('pageUrl')}
        error={fieldError('pageUrl')}
      />
      <Textarea
        size="md"
        label={t('a11yStatement.form.description')}
        description={t('a11yStatement.form.descriptionHint')}
        name="description"
        dir="auto"
        required
        rows={5}
        value={values.description}
        onChange={change('description')}
        error={fieldError('description')}
      />
      <TextInput
        size="md"
        label={t('a11yStatement.form.email')}
        description={t('a11yStatement.form.emailHint')}
        name="email"
        type="email"
        autoComplete="email"
        dir="ltr"
        value={values.email}
        onChange={change('email')}
        error={fieldError('email')}
      />
      <Button type="submit" size="md" loading={report.isPending} w="fit-content">
        {t('a11yStatement.form.submit')}
      </Button>
    </FormStack>
  );
}
