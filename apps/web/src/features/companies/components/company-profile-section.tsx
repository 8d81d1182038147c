import {
  Alert,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconBuilding, IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPANY_SIZE_BANDS, UI_LANGUAGES, WZ_SECTIONS, type CompanySizeBand } from '@passgenau/domain';
import { FormError } from '../../../components/form-error';
import { SectionCard } from '../../../components/section-card';
import { errorMessageKey } from '../../../lib/error-message';
import { apiFieldErrors, explainedByFields } from '../../../lib/form-errors';
import { useUiLanguage } from '../../../lib/i18n';
import { useUpdateCompany } from '../api/companies';
import type { CompanyResponse, CompanyUpdate } from '../api/schemas';
import { LanguagesPicker, splitCodes } from '../../../components/code-pickers';

const FIELDS = ['name', 'legalForm', 'wzSection', 'sizeBand', 'description', 'website', 'languages'] as const;
const OFFER_FLAGS = [
  'offersTours',
  'offersOpenHouse',
  'offersInternships',
  'offersApprenticeships',
  'offersEqPlaces',
  'canHostInterpreters',
  'needsInterpreters',
] as const;

export function CompanyProfileSection({ company }: { company: CompanyResponse }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const update = useUpdateCompany(company.id);
  const [values, setValues] = useState({
    name: company.name,
    legalForm: company.legalForm ?? '',
    wzSection: company.wzSection,
    sizeBand: company.sizeBand,
    description: company.description ?? '',
    descriptionLang: company.descriptionLang ?? language,
    website: company.website ?? '',
    languages: company.languages.join(', '),
    ...Object.fromEntries(OFFER_FLAGS.map((flag) => [flag, company[flag]])),
  } as Record<string, unknown> as {
    name: string;
    legalForm: string;
    wzSection: string | null;
    sizeBand: CompanySizeBand | null;
    description: string;
    descriptionLang: string;
    website: string;
    languages: string;
  } & Record<(typeof OFFER_FLAGS)[number], boolean>);
  const errors = apiFieldErrors(update.error, FIELDS);
  const err = (field: (typeof FIELDS)[number]) => (errors[field] ? t(errors[field]) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: CompanyUpdate = {
      name: values.name.trim(),
      legalForm: values.legalForm.trim() || null,
      // The select offers only the WZ sections the API accepts.
      wzSection: values.wzSection as CompanyUpdate['wzSection'],
      sizeBand: values.sizeBand,
      description: values.description.trim() || null,
      descriptionLang: values.description.trim() ? values.descriptionLang : null,
      website: values.website.trim() || null,
      languages: values.languages
        .split(/[\s,;]+/)
        .map((code) => code.trim().toLowerCase())
        .filter(Boolean),
      ...Object.fromEntries(OFFER_FLAGS.map((flag) => [flag, values[flag]])),
    };
    update.mutate(body);
  };

  return (
    <SectionCard title={t('jobs.company.profile')} icon={IconBuilding}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {update.isError && !explainedByFields(update.error, FIELDS) ? (
            <FormError>{t(errorMessageKey(update.error))}</FormError>
          ) : null}
          {update.isSuccess ? (
            <Alert color="teal" variant="light" icon={<IconCheck aria-hidden="true" />} role="status">
              {t('jobs.company.saved')}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('jobs.company.name')}
              value={values.name}
              onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
              error={err('name')}
              required
              dir="auto"
            />
            <TextInput
              label={t('jobs.company.legalForm')}
              value={values.legalForm}
              onChange={(e) => setValues({ ...values, legalForm: e.currentTarget.value })}
              error={err('legalForm')}
            />
            <Select
              label={t('jobs.company.sector')}
              data={WZ_SECTIONS.map((section) => ({
                value: section.code,
                label: `${section.code} – ${section.names[language]}`,
              }))}
              value={values.wzSection}
              onChange={(value) => setValues({ ...values, wzSection: value })}
              error={err('wzSection')}
              searchable
              clearable
            />
            <Select
              label={t('jobs.company.size')}
              data={COMPANY_SIZE_BANDS.map((band) => ({
                value: band,
                label: t('jobs.company.sizeBand', { band }),
              }))}
              value={values.sizeBand}
              onChange={(value) => setValues({ ...values, sizeBand: value as CompanySizeBand | null })}
              error={err('sizeBand')}
              clearable
            />
            <TextInput
              label={t('jobs.company.website')}
              value={values.website}
              onChange={(e) => setValues({ ...values, website: e.currentTarget.value })}
              error={err('website')}
              type="url"
              dir="ltr"
            />
            <LanguagesPicker
              label={t('jobs.company.languages')}
              value={splitCodes(values.languages)}
              onChange={(codes) => setValues({ ...values, languages: codes.join(', ') })}
              error={err('languages')}
            />
          </SimpleGrid>
          <Textarea
            label={t('jobs.company.description')}
            value={values.description}
            onChange={(e) => setValues({ ...values, description: e.currentTarget.value })}
            error={err('description')}
            rows={4}
            maxLength={4000}
            dir="auto"
          />
          <Select
            label={t('jobs.form.descriptionLang')}
            data={UI_LANGUAGES.map((code) => ({ value: code, label: t(`language.names.${code}`) }))}
            value={values.descriptionLang}
            onChange={(value) => value && setValues({ ...values, descriptionLang: value })}
            allowDeselect={false}
            maw={320}
          />
          {/* Controlled through the group: inside a Checkbox.Group a checkbox's own `checked` is ignored. */}
          <Checkbox.Group
            label={t('jobs.company.offers')}
            value={OFFER_FLAGS.filter((flag) => values[flag])}
            onChange={(checked) =>
              setValues({
                ...values,
                ...Object.fromEntries(OFFER_FLAGS.map((flag) => [flag, checked.includes(flag)])),
              })
            }
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {OFFER_FLAGS.map((flag) => (
                <Checkbox key={flag} value={flag} label={t(`jobs.company.${flag}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('jobs.company.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
