import {
  ActionIcon,
  Badge,
  Checkbox,
  Chip,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconTrash, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  DRIVING_LICENCES,
  RECOGNITION_STATES,
  WORK_KINDS,
  WORK_PERMITS,
  type DrivingLicence,
  type RecognitionState,
  type WorkKind,
  type WorkPermit,
} from '@passgenau/domain';
import { useUiLanguage } from '../../../lib/i18n';
import { ConceptLabel } from '../../taxonomy/components/concept-label';
import { useTowns } from '../api/profile-api';
import { languageOptions } from '../model/languages';
import { useBi } from './bilingual';
import { ConceptPicker } from './concept-picker';
import { EmployerNoticeAt } from './employer-notice';
import { FreeText } from './free-text';
import { fieldError, type StepProps } from './step-props';
import { AddButton, RemoveButton } from './list-buttons';
import { CountryPicker } from '../../../components/code-pickers';
import { DateField } from '../../../components/date-field';

function numberOrNull(value: string): number | null {
  return value === '' ? null : Number(value);
}

/** Step 4: work experience and education, and the texts about them. */
export function ExperienceStep(props: StepProps) {
  const { draft, update, errors } = props;
  const { t } = useTranslation();
  const bi = useBi();
  const uiLanguage = useUiLanguage();
  const err = (field: string) => {
    const key = fieldError(errors, field);
    return key ? t(key) : undefined;
  };
  return (
    <Stack gap="lg">
      <FreeText {...props} subject="about" />
      <Stack gap="sm">
        <Text fw={600}>{bi('profiles.experience.title')}</Text>
        {draft.experience.map((experience, index) => (
          <Paper key={`${experience.occupationCode}-${index}`} withBorder radius="md" p="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <ConceptLabel labels={experience.occupationLabels} fw={600} />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('profiles.common.remove')}
                onClick={() =>
                  update((old) => ({ ...old, experience: old.experience.filter((_, i) => i !== index) }))
                }
              >
                <IconTrash size={18} aria-hidden="true" />
              </ActionIcon>
            </Group>
            <Group gap="sm" wrap="wrap">
              <TextInput
                type="number"
                min={0.1}
                max={60}
                step={0.5}
                label={bi('profiles.experience.years')}
                value={experience.years}
                error={err(`experience.${index}.years`) ?? err(`experience.${index}.occupationCode`)}
                onChange={(event) => {
                  const years = Number(event.currentTarget.value);
                  update((old) => ({
                    ...old,
                    experience: old.experience.map((e, i) => (i === index ? { ...e, years } : e)),
                  }));
                }}
              />
              <CountryPicker
                label={bi('profiles.common.country')}
                value={experience.country}
                error={err(`experience.${index}.country`)}
                onChange={(country) => {
                  update((old) => ({
                    ...old,
                    experience: old.experience.map((e, i) => (i === index ? { ...e, country } : e)),
                  }));
                }}
              />
            </Group>
          </Paper>
        ))}
        <ConceptPicker
          kind="occupations"
          label={bi('profiles.experience.add')}
          exclude={draft.experience.map((experience) => experience.occupationCode)}
          onPick={({ code, labels }) =>
            update((old) => ({
              ...old,
              experience: [
                ...old.experience,
                { occupationCode: code, occupationLabels: labels, years: 1, country: '' },
              ],
            }))
          }
        />
      </Stack>
      <FreeText {...props} subject="experience" />

      <Stack gap="sm">
        <Text fw={600}>{bi('profiles.education.title')}</Text>
        {draft.education.map((education, index) => {
          const set = (patch: Partial<typeof education>) =>
            update((old) => ({
              ...old,
              education: old.education.map((e, i) => (i === index ? { ...e, ...patch } : e)),
            }));
          return (
            <Paper key={index} withBorder radius="md" p="sm">
              <Stack gap="xs">
                <Group gap="sm" align="flex-end" wrap="wrap">
                  <NativeSelect
                    label={bi('profiles.education.kind')}
                    data={[
                      { value: 'vocational', label: t('profiles.education.vocational') },
                      { value: 'academic', label: t('profiles.education.academic') },
                    ]}
                    value={education.kind}
                    onChange={(event) => set({ kind: event.currentTarget.value as typeof education.kind })}
                  />
                  <TextInput
                    flex="1 1 200px"
                    label={bi('profiles.education.name')}
                    lang={education.titleLang}
                    value={education.title}
                    error={err(`education.${index}.title`)}
                    onChange={(event) => set({ title: event.currentTarget.value })}
                  />
                  <NativeSelect
                    label={bi('profiles.texts.language')}
                    data={languageOptions(uiLanguage)}
                    value={education.titleLang}
                    onChange={(event) => set({ titleLang: event.currentTarget.value })}
                  />
                  <RemoveButton
                    onClick={() =>
                      update((old) => ({ ...old, education: old.education.filter((_, i) => i !== index) }))
                    }
                  />
                </Group>
                <EmployerNoticeAt notices={props.notices} field={`education.${index}.title`} />
                <Group gap="sm" align="flex-end" wrap="wrap">
                  <CountryPicker
                    label={bi('profiles.common.country')}
                    value={education.country ?? ''}
                    error={err(`education.${index}.country`)}
                    onChange={(country) => set({ country })}
                  />
                  <TextInput
                    type="number"
                    label={bi('profiles.education.year')}
                    value={education.yearCompleted ?? ''}
                    error={err(`education.${index}.yearCompleted`)}
                    onChange={(event) => set({ yearCompleted: numberOrNull(event.currentTarget.value) })}
                  />
                  <NativeSelect
                    label={bi('profiles.education.recognition')}
                    data={RECOGNITION_STATES.map((state) => ({
                      value: state,
                      label: t(`profiles.recognition.${state}`),
                    }))}
                    value={education.recognition}
                    onChange={(event) => set({ recognition: event.currentTarget.value as RecognitionState })}
                  />
                </Group>
              </Stack>
            </Paper>
          );
        })}
        <AddButton
          onClick={() =>
            update((old) => ({
              ...old,
              education: [
                ...old.education,
                {
                  kind: 'vocational',
                  title: '',
                  titleLang: uiLanguage,
                  occupationCode: null,
                  occupationLabels: {},
                  country: '',
                  yearCompleted: null,
                  recognition: 'not_started',
                },
              ],
            }))
          }
        >
          {t('profiles.education.add')}
        </AddButton>
      </Stack>
    </Stack>
  );
}

/** Step 5: wished occupations, kinds of work, hours, start. */
export function WishesStep(props: StepProps) {
  const { draft, update, errors } = props;
  const { t } = useTranslation();
  const bi = useBi();
  const err = (field: string) => {
    const key = fieldError(errors, field);
    return key ? t(key) : undefined;
  };
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <ConceptPicker
          kind="occupations"
          label={bi('profiles.wishes.occupations')}
          description={bi('profiles.wishes.occupationsHelp')}
          error={
            Object.entries(errors).find(([field]) => field.startsWith('wishes.occupations'))?.[1]
              ? t('profiles.errors.unknownCode')
              : undefined
          }
          exclude={draft.wishes.occupations.map((occupation) => occupation.code)}
          onPick={(occupation) =>
            update((old) => ({
              ...old,
              wishes: { ...old.wishes, occupations: [...old.wishes.occupations, occupation] },
            }))
          }
        />
        <Group gap={6} wrap="wrap" aria-label={t('profiles.wishes.chosen')} role="list">
          {draft.wishes.occupations.map((occupation) => (
            <Badge
              role="listitem"
              key={occupation.code}
              variant="light"
              size="lg"
              tt="none"
              rightSection={
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  aria-label={t('profiles.common.remove')}
                  onClick={() =>
                    update((old) => ({
                      ...old,
                      wishes: {
                        ...old.wishes,
                        occupations: old.wishes.occupations.filter((o) => o.code !== occupation.code),
                      },
                    }))
                  }
                >
                  <IconX size={12} aria-hidden="true" />
                </ActionIcon>
              }
            >
              <ConceptLabel labels={occupation.labels} fz="sm" />
            </Badge>
          ))}
        </Group>
      </Stack>
      <Checkbox.Group
        label={bi('profiles.wishes.kinds')}
        value={draft.wishes.kinds}
        error={err('wishes.kinds')}
        onChange={(kinds) =>
          update((old) => ({ ...old, wishes: { ...old.wishes, kinds: kinds as WorkKind[] } }))
        }
      >
        <Group gap="md" mt={6} wrap="wrap">
          {WORK_KINDS.map((kind) => (
            <Checkbox key={kind} value={kind} label={t(`profiles.kinds.${kind}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <TextInput
          type="number"
          min={1}
          max={60}
          label={bi('profiles.wishes.hours')}
          value={draft.wishes.hoursPerWeek ?? ''}
          error={err('wishes.hoursPerWeek')}
          onChange={(event) => {
            const hoursPerWeek = numberOrNull(event.currentTarget.value);
            update((old) => ({ ...old, wishes: { ...old.wishes, hoursPerWeek } }));
          }}
        />
        <DateField
          label={bi('profiles.wishes.start')}
          value={draft.wishes.earliestStart}
          error={err('wishes.earliestStart')}
          onChange={(event) => {
            const earliestStart = event.currentTarget.value;
            update((old) => ({ ...old, wishes: { ...old.wishes, earliestStart } }));
          }}
        />
      </Group>
      <FreeText {...props} subject="wishes" />
    </Stack>
  );
}

/** Step 6: home town, travel, driving licences, work permit, contact. */
export function MobilityStep({ draft, update, errors }: StepProps) {
  const { t } = useTranslation();
  const bi = useBi();
  const towns = useTowns();
  const err = (field: string) => {
    const key = fieldError(errors, field);
    return key ? t(key) : undefined;
  };
  return (
    <Stack gap="lg">
      <NativeSelect
        label={bi('profiles.mobility.town')}
        description={bi('profiles.mobility.townHelp')}
        data={[
          { value: '', label: t('profiles.common.choose') },
          ...(towns.data ?? []).map((town) => ({ value: town.ags, label: town.name })),
        ]}
        value={draft.mobility.homeTownAgs ?? ''}
        error={err('mobility.homeTownAgs')}
        onChange={(event) => {
          const homeTownAgs = event.currentTarget.value || null;
          update((old) => ({ ...old, mobility: { ...old.mobility, homeTownAgs } }));
        }}
      />
      <TextInput
        label={bi('profiles.mobility.place')}
        description={bi('profiles.mobility.placeHelp')}
        value={draft.mobility.homePlace}
        error={err('mobility.homePlace')}
        onChange={(event) => {
          const homePlace = event.currentTarget.value;
          update((old) => ({ ...old, mobility: { ...old.mobility, homePlace } }));
        }}
      />
      <Group gap="sm" align="flex-start" wrap="wrap">
        <TextInput
          type="number"
          min={0}
          max={300}
          label={bi('profiles.mobility.km')}
          value={draft.mobility.travelKm ?? ''}
          error={err('mobility.travelKm')}
          onChange={(event) => {
            const travelKm = numberOrNull(event.currentTarget.value);
            update((old) => ({ ...old, mobility: { ...old.mobility, travelKm } }));
          }}
        />
        <TextInput
          type="number"
          min={0}
          max={300}
          label={bi('profiles.mobility.minutes')}
          value={draft.mobility.travelMinutes ?? ''}
          error={err('mobility.travelMinutes')}
          onChange={(event) => {
            const travelMinutes = numberOrNull(event.currentTarget.value);
            update((old) => ({ ...old, mobility: { ...old.mobility, travelMinutes } }));
          }}
        />
      </Group>
      <Chip.Group
        multiple
        value={draft.mobility.drivingLicences}
        onChange={(value) =>
          update((old) => ({
            ...old,
            mobility: { ...old.mobility, drivingLicences: value as DrivingLicence[] },
          }))
        }
      >
        <Stack gap={6}>
          <Text fz="sm" fw={500}>
            {bi('profiles.mobility.licences')}
          </Text>
          <Group gap={6} wrap="wrap">
            {DRIVING_LICENCES.map((licence) => (
              <Chip key={licence} value={licence} size="xs">
                {licence}
              </Chip>
            ))}
          </Group>
        </Stack>
      </Chip.Group>
      <NativeSelect
        label={bi('profiles.mobility.permit')}
        description={bi('profiles.mobility.permitHelp')}
        data={WORK_PERMITS.map((permit) => ({ value: permit, label: t(`profiles.permits.${permit}`) }))}
        value={draft.workPermit}
        error={err('workPermit')}
        onChange={(event) => {
          const workPermit = event.currentTarget.value as WorkPermit;
          update((old) => ({ ...old, workPermit }));
        }}
      />
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Text fw={600}>{bi('profiles.mobility.personal')}</Text>
          <Text fz="sm" c="dimmed">
            {t('profiles.mobility.personalHelp')}
          </Text>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              type="number"
              label={bi('profiles.mobility.birthYear')}
              value={draft.birthYear ?? ''}
              error={err('birthYear')}
              onChange={(event) => {
                const birthYear = numberOrNull(event.currentTarget.value);
                update((old) => ({ ...old, birthYear }));
              }}
            />
            <TextInput
              type="tel"
              label={bi('profiles.mobility.phone')}
              value={draft.phone}
              dir="ltr"
              error={err('phone')}
              onChange={(event) => {
                const phone = event.currentTarget.value;
                update((old) => ({ ...old, phone }));
              }}
            />
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
