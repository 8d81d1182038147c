import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CEFR_LEVELS,
  GERMAN_SKILLS,
  OFFER_KINDS,
  OFFER_STATUSES,
  UI_LANGUAGES,
  type CefrLevel,
  type OfferKind,
  type OfferStatus,
} from '@passgenau/domain';
import { FormError } from '../../../components/form-error';
import { errorMessageKey } from '../../../lib/error-message';
import { explainedByFields } from '../../../lib/form-errors';
import { useFocusInvalid } from '../../../lib/focus-invalid';
import { useUiLanguage } from '../../../lib/i18n';
import { useSaveOffer } from '../api/offers';
import type { ConceptRef, OfferInput, OfferResponse, SiteResponse } from '../api/schemas';
import { CompetencePicker, OccupationPicker } from './concept-pickers';
import { OFFER_FORM_FIELDS, offerFormErrors } from './offer-form-errors';
import { LanguagesPicker, splitCodes } from '../../../components/code-pickers';
import { DateField } from '../../../components/date-field';

interface FormValues {
  kind: OfferKind;
  title: string;
  occupation: ConceptRef | null;
  description: string;
  descriptionLang: string;
  required: ConceptRef[];
  niceToHave: ConceptRef[];
  german: Record<'overall' | 'understanding' | 'speaking' | 'writing', CefrLevel | null>;
  helpfulLanguages: string;
  careerChangers: boolean;
  germanStrict: boolean;
  maxDistanceKm: number | '';
  siteId: string | null;
  startsOn: string;
  closesOn: string;
  hoursPerWeek: number | '';
  durationWeeks: number | '';
  places: number | '';
  status: OfferStatus;
}

function initialValues(offer: OfferResponse | null, sites: SiteResponse[], language: string): FormValues {
  return {
    kind: offer?.kind ?? 'apprenticeship',
    title: offer?.title ?? '',
    occupation: offer?.occupation ? { code: offer.occupation.code, labels: offer.occupation.labels } : null,
    description: offer?.description ?? '',
    descriptionLang: offer?.descriptionLang ?? language,
    required: offer?.requiredCompetences ?? [],
    niceToHave: offer?.niceToHaveCompetences ?? [],
    german: {
      overall: offer?.germanMinimum.overall ?? null,
      understanding: offer?.germanMinimum.understanding ?? null,
      speaking: offer?.germanMinimum.speaking ?? null,
      writing: offer?.germanMinimum.writing ?? null,
    },
    helpfulLanguages: (offer?.helpfulLanguages ?? []).join(', '),
    careerChangers: offer?.suitableForCareerChangers ?? false,
    germanStrict: offer?.germanStrict ?? false,
    maxDistanceKm: offer?.maxDistanceKm ?? '',
    siteId: offer ? (offer.site?.id ?? null) : (sites[0]?.id ?? null),
    startsOn: offer?.startsOn ?? '',
    closesOn: offer?.closesOn ?? '',
    hoursPerWeek: offer?.hoursPerWeek ?? '',
    durationWeeks: offer?.durationWeeks ?? '',
    places: offer?.places ?? 1,
    status: offer?.status ?? 'draft',
  };
}

/** The form values as the API's body; empty fields become null. */
export function toOfferInput(values: FormValues): OfferInput {
  return {
    kind: values.kind,
    title: values.title.trim(),
    description: values.description.trim() || null,
    descriptionLang: values.description.trim() ? values.descriptionLang : null,
    occupationCode: values.occupation?.code ?? '',
    requiredCompetences: values.required.map((c) => c.code),
    niceToHaveCompetences: values.niceToHave.map((c) => c.code),
    germanMinimum: values.german,
    helpfulLanguages: values.helpfulLanguages
      .split(/[\s,;]+/)
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean),
    suitableForCareerChangers: values.careerChangers,
    germanStrict: values.germanStrict,
    maxDistanceKm: values.maxDistanceKm === '' ? null : values.maxDistanceKm,
    siteId: values.siteId,
    startsOn: values.startsOn || null,
    closesOn: values.closesOn || null,
    hoursPerWeek: values.hoursPerWeek === '' ? null : values.hoursPerWeek,
    durationWeeks: values.durationWeeks === '' ? null : values.durationWeeks,
    places: values.places === '' ? 1 : values.places,
    status: values.status,
  };
}

export interface OfferFormProps {
  offer: OfferResponse | null;
  sites: SiteResponse[];
  onSaved?: (offer: OfferResponse) => void;
  /** Shows "saved" from the start, e.g. right after a new offer was created and the page moved to its address. */
  justSaved?: boolean;
}

/** Create or edit one offer of the employer's company; refused fields show the reason underneath. */
export function OfferForm({ offer, sites, onSaved, justSaved = false }: OfferFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [values, setValues] = useState<FormValues>(() => initialValues(offer, sites, language));
  const save = useSaveOffer(offer?.id ?? null);
  const errors = offerFormErrors(save.error);
  const { ref } = useFocusInvalid(save.error);
  const fieldError = (field: (typeof OFFER_FORM_FIELDS)[number]) => {
    const key = errors[field];
    return key ? t(key) : undefined;
  };
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(toOfferInput(values), { onSuccess: (saved) => onSaved?.(saved) });
  };

  const levelData = [
    { value: '', label: t('jobs.form.none') },
    ...CEFR_LEVELS.map((level) => ({ value: level, label: level })),
  ];
  const setGerman = (skill: keyof FormValues['german'], value: string | null) =>
    set('german', { ...values.german, [skill]: value ? (value as CefrLevel) : null });

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <form
        ref={ref}
        onSubmit={submit}
        noValidate
        aria-label={offer ? t('jobs.offers.edit') : t('jobs.offers.new')}
      >
        <Stack gap="md">
          {save.isError && !explainedByFields(save.error, OFFER_FORM_FIELDS) ? (
            <FormError>{t(errorMessageKey(save.error))}</FormError>
          ) : null}
          {save.isSuccess || (justSaved && save.isIdle) ? (
            <Alert color="teal" variant="light" icon={<IconCheck aria-hidden="true" />} role="status">
              {t('jobs.form.saved')}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('jobs.form.kind')}
              data={OFFER_KINDS.map((kind) => ({ value: kind, label: t(`jobs.kinds.${kind}`) }))}
              value={values.kind}
              onChange={(value) => value && set('kind', value as OfferKind)}
              allowDeselect={false}
              error={fieldError('kind')}
              required
            />
            <Select
              label={t('jobs.form.status')}
              data={OFFER_STATUSES.map((status) => ({ value: status, label: t(`jobs.statuses.${status}`) }))}
              value={values.status}
              onChange={(value) => value && set('status', value as OfferStatus)}
              allowDeselect={false}
              error={fieldError('status')}
            />
          </SimpleGrid>
          <TextInput
            label={t('jobs.form.title')}
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={fieldError('title')}
            maxLength={200}
            required
            dir="auto"
          />
          <OccupationPicker
            value={values.occupation}
            onChange={(value) => set('occupation', value)}
            error={fieldError('occupationCode')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <CompetencePicker
              label={t('jobs.form.required')}
              value={values.required}
              onChange={(value) => set('required', value)}
              error={fieldError('requiredCompetences')}
            />
            <CompetencePicker
              label={t('jobs.form.niceToHave')}
              value={values.niceToHave}
              onChange={(value) => set('niceToHave', value)}
              error={fieldError('niceToHaveCompetences')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
            <Select
              label={t('jobs.form.germanOverall')}
              data={levelData}
              value={values.german.overall ?? ''}
              onChange={(value) => setGerman('overall', value)}
              error={fieldError('germanMinimum.overall')}
              allowDeselect={false}
            />
            {GERMAN_SKILLS.map((skill) => (
              <Select
                key={skill}
                label={`${t('jobs.form.germanPerSkill')}: ${t(`jobs.offer.germanSkills.${skill}`)}`}
                data={levelData}
                value={values.german[skill] ?? ''}
                onChange={(value) => setGerman(skill, value)}
                error={fieldError(`germanMinimum.${skill}`)}
                allowDeselect={false}
              />
            ))}
          </SimpleGrid>
          <Checkbox
            label={t('jobs.form.germanStrict')}
            description={t('jobs.form.germanStrictHint')}
            checked={values.germanStrict}
            onChange={(event) => set('germanStrict', event.currentTarget.checked)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('jobs.form.site')}
              data={[
                { value: '', label: t('jobs.form.noSite') },
                ...sites.map((site) => ({
                  value: site.id,
                  label: [site.label, site.street, site.townName ?? site.locality].filter(Boolean).join(', '),
                })),
              ]}
              value={values.siteId ?? ''}
              onChange={(value) => set('siteId', value ? value : null)}
              allowDeselect={false}
              error={fieldError('siteId')}
            />
            <NumberInput
              label={t('jobs.form.maxDistanceKm')}
              description={t('jobs.form.maxDistanceKmHint')}
              value={values.maxDistanceKm}
              onChange={(value) => set('maxDistanceKm', typeof value === 'number' ? value : '')}
              error={fieldError('maxDistanceKm')}
              allowDecimal={false}
              allowNegative={false}
              min={0}
              max={300}
              suffix=" km"
            />
            <NumberInput
              label={t('jobs.form.places')}
              value={values.places}
              onChange={(value) =>
                set('places', typeof value === 'number' ? value : value === '' ? '' : Number(value))
              }
              error={fieldError('places')}
              allowDecimal={false}
              required
            />
            <DateField
              label={t('jobs.form.startsOn')}
              value={values.startsOn}
              onChange={(event) => set('startsOn', event.currentTarget.value)}
              error={fieldError('startsOn')}
            />
            <DateField
              label={t('jobs.form.closesOn')}
              value={values.closesOn}
              onChange={(event) => set('closesOn', event.currentTarget.value)}
              error={fieldError('closesOn')}
            />
            <NumberInput
              label={t('jobs.form.hours')}
              value={values.hoursPerWeek}
              onChange={(value) => set('hoursPerWeek', typeof value === 'number' ? value : '')}
              error={fieldError('hoursPerWeek')}
              allowDecimal={false}
            />
            {values.kind === 'internship' || values.kind === 'eq' ? (
              <NumberInput
                label={t('jobs.form.durationWeeks')}
                value={values.durationWeeks}
                onChange={(value) => set('durationWeeks', typeof value === 'number' ? value : '')}
                error={fieldError('durationWeeks')}
                allowDecimal={false}
              />
            ) : null}
          </SimpleGrid>
          <Textarea
            label={t('jobs.form.description')}
            value={values.description}
            onChange={(event) => set('description', event.currentTarget.value)}
            error={fieldError('description')}
            rows={4}
            maxLength={5000}
            dir="auto"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('jobs.form.descriptionLang')}
              data={UI_LANGUAGES.map((code) => ({ value: code, label: t(`language.names.${code}`) }))}
              value={values.descriptionLang}
              onChange={(value) => value && set('descriptionLang', value)}
              allowDeselect={false}
            />
            <LanguagesPicker
              label={t('jobs.form.helpfulLanguages')}
              value={splitCodes(values.helpfulLanguages)}
              onChange={(codes) => set('helpfulLanguages', codes.join(', '))}
              error={fieldError('helpfulLanguages')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('jobs.form.careerChangers')}
            checked={values.careerChangers}
            onChange={(event) => set('careerChangers', event.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('jobs.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
