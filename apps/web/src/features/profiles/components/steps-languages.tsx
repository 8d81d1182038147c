import { Checkbox, Group, NativeSelect, Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  districtToday,
  CEFR_LEVELS,
  CORE_SKILL_LEVELS,
  GERMAN_CERTIFICATES,
  SCHOOL_LEVELS,
  type CefrLevel,
  type CoreSkillLevel,
  type SchoolLevel,
} from '@passgenau/domain';
import type { ProfileDraft } from '../model/draft';
import { useBi } from './bilingual';
import { fieldError, type StepProps } from './step-props';
import { AddButton, RemoveButton } from './list-buttons';
import { CountryPicker, LanguagePicker } from '../../../components/code-pickers';
import { DateField } from '../../../components/date-field';

const EMPTY = '';

function levelOptions(emptyLabel: string) {
  return [
    { value: EMPTY, label: emptyLabel },
    ...CEFR_LEVELS.map((level) => ({ value: level, label: level })),
  ];
}

function setGerman(draft: ProfileDraft, overall: CefrLevel | null): ProfileDraft {
  const languages = [...draft.languages];
  const at = languages.findIndex((language) => language.language === 'de');
  const entry = {
    language: 'de',
    native: false,
    overall,
    understanding: null,
    speaking: null,
    writing: null,
    ...(at >= 0 ? languages[at] : {}),
  };
  entry.overall = overall;
  if (at >= 0) languages[at] = entry;
  else languages.unshift(entry);
  return { ...draft, languages };
}

/** Step 1: German (level, certificates) and other languages. */
export function LanguagesStep({ draft, update, errors }: StepProps) {
  const { t } = useTranslation();
  const bi = useBi();
  const germanIndex = draft.languages.findIndex((language) => language.language === 'de');
  const german = draft.languages[germanIndex];
  const err = (field: string) => {
    const key = fieldError(errors, field);
    return key ? t(key) : undefined;
  };

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Text fw={600}>{bi('profiles.languages.german')}</Text>
          <NativeSelect
            label={bi('profiles.languages.germanLevel')}
            description={bi('profiles.languages.germanLevelHelp')}
            data={levelOptions(t('profiles.common.choose'))}
            value={german?.overall ?? EMPTY}
            error={err(`languages.${germanIndex}.overall`)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              update((old) => setGerman(old, value === EMPTY ? null : (value as CefrLevel)));
            }}
          />
          <Text fz="sm" fw={600}>
            {bi('profiles.languages.certificates')}
          </Text>
          {draft.germanCertificates.map((certificate, index) => (
            <Group key={index} gap="xs" align="flex-end" wrap="wrap">
              <NativeSelect
                label={bi('profiles.languages.certificateKind')}
                data={GERMAN_CERTIFICATES.map((kind) => ({
                  value: kind,
                  label: kind === 'other' ? t('profiles.common.other') : kind,
                }))}
                value={certificate.kind}
                onChange={(event) => {
                  const kind = event.currentTarget.value as typeof certificate.kind;
                  update((old) => ({
                    ...old,
                    germanCertificates: old.germanCertificates.map((c, i) =>
                      i === index ? { ...c, kind } : c,
                    ),
                  }));
                }}
              />
              <NativeSelect
                label={bi('profiles.languages.level')}
                data={CEFR_LEVELS.map((level) => ({ value: level, label: level }))}
                value={certificate.level}
                error={err(`germanCertificates.${index}.level`)}
                onChange={(event) => {
                  const level = event.currentTarget.value as CefrLevel;
                  update((old) => ({
                    ...old,
                    germanCertificates: old.germanCertificates.map((c, i) =>
                      i === index ? { ...c, level } : c,
                    ),
                  }));
                }}
              />
              <DateField
                label={bi('profiles.languages.issuedOn')}
                value={certificate.issuedOn}
                error={err(`germanCertificates.${index}.issuedOn`)}
                onChange={(event) => {
                  const issuedOn = event.currentTarget.value;
                  update((old) => ({
                    ...old,
                    germanCertificates: old.germanCertificates.map((c, i) =>
                      i === index ? { ...c, issuedOn } : c,
                    ),
                  }));
                }}
              />
              <RemoveButton
                onClick={() =>
                  update((old) => ({
                    ...old,
                    germanCertificates: old.germanCertificates.filter((_, i) => i !== index),
                  }))
                }
              />
            </Group>
          ))}
          <AddButton
            onClick={() =>
              update((old) => ({
                ...old,
                germanCertificates: [
                  ...old.germanCertificates,
                  {
                    kind: 'DTZ',
                    name: '',
                    level: old.languages.find((l) => l.language === 'de')?.overall ?? 'A2',
                    issuedOn: districtToday(),
                  },
                ],
              }))
            }
          >
            {t('profiles.languages.addCertificate')}
          </AddButton>
        </Stack>
      </Paper>

      <Stack gap="sm">
        <Text fw={600}>{bi('profiles.languages.other')}</Text>
        {draft.languages.map((language, index) =>
          language.language === 'de' ? null : (
            <Group key={index} gap="xs" align="flex-end" wrap="wrap">
              <LanguagePicker
                label={bi('profiles.languages.language')}
                exclude={['de']}
                value={language.language}
                error={err(`languages.${index}.language`)}
                onChange={(code) => {
                  update((old) => ({
                    ...old,
                    languages: old.languages.map((l, i) => (i === index ? { ...l, language: code } : l)),
                  }));
                }}
              />
              <NativeSelect
                label={bi('profiles.languages.level')}
                data={levelOptions(t('profiles.common.choose'))}
                value={language.overall ?? EMPTY}
                error={err(`languages.${index}.overall`)}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  update((old) => ({
                    ...old,
                    languages: old.languages.map((l, i) =>
                      i === index ? { ...l, overall: value === EMPTY ? null : (value as CefrLevel) } : l,
                    ),
                  }));
                }}
              />
              <Checkbox
                mb={8}
                label={bi('profiles.languages.native')}
                checked={language.native}
                onChange={(event) => {
                  const native = event.currentTarget.checked;
                  update((old) => ({
                    ...old,
                    languages: old.languages.map((l, i) => (i === index ? { ...l, native } : l)),
                  }));
                }}
              />
              <RemoveButton
                onClick={() =>
                  update((old) => ({ ...old, languages: old.languages.filter((_, i) => i !== index) }))
                }
              />
            </Group>
          ),
        )}
        <AddButton
          onClick={() =>
            update((old) => ({
              ...old,
              languages: [
                ...old.languages,
                {
                  language: '',
                  native: false,
                  overall: null,
                  understanding: null,
                  speaking: null,
                  writing: null,
                },
              ],
            }))
          }
        >
          {t('profiles.languages.addLanguage')}
        </AddButton>
      </Stack>
    </Stack>
  );
}

function CoreSkill({
  label,
  value,
  onChange,
}: {
  label: ReactNode;
  value: CoreSkillLevel | null;
  onChange: (v: CoreSkillLevel) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} value={value ?? ''} onChange={(next) => onChange(next as CoreSkillLevel)}>
      <Group gap="md" mt={6} wrap="wrap">
        {CORE_SKILL_LEVELS.map((level) => (
          <Radio key={level} value={level} label={t(`profiles.levels.${level}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** Step 2: maths and computer basics, schooling. */
export function SkillsStep({ draft, update, errors }: StepProps) {
  const { t } = useTranslation();
  const bi = useBi();
  const err = (field: string) => {
    const key = fieldError(errors, field);
    return key ? t(key) : undefined;
  };
  return (
    <Stack gap="lg">
      <CoreSkill
        label={bi('profiles.skills.maths')}
        value={draft.mathsLevel}
        onChange={(mathsLevel) => update((old) => ({ ...old, mathsLevel }))}
      />
      <CoreSkill
        label={bi('profiles.skills.computer')}
        value={draft.computerLevel}
        onChange={(computerLevel) => update((old) => ({ ...old, computerLevel }))}
      />
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Text fw={600}>{bi('profiles.skills.schooling')}</Text>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              type="number"
              min={0}
              max={25}
              label={bi('profiles.skills.schoolYears')}
              value={draft.schooling.years ?? ''}
              error={err('schooling.years')}
              onChange={(event) => {
                const value = event.currentTarget.value;
                update((old) => ({
                  ...old,
                  schooling: { ...old.schooling, years: value === '' ? null : Number(value) },
                }));
              }}
            />
            <CountryPicker
              label={bi('profiles.common.country')}
              value={draft.schooling.country}
              error={err('schooling.country')}
              onChange={(country) => {
                update((old) => ({ ...old, schooling: { ...old.schooling, country } }));
              }}
            />
            <NativeSelect
              label={bi('profiles.skills.schoolLevel')}
              data={[
                { value: EMPTY, label: t('profiles.common.choose') },
                ...SCHOOL_LEVELS.map((level) => ({
                  value: level,
                  label: t(`profiles.schoolLevels.${level}`),
                })),
              ]}
              value={draft.schooling.level ?? EMPTY}
              error={err('schooling.level')}
              onChange={(event) => {
                const value = event.currentTarget.value;
                update((old) => ({
                  ...old,
                  schooling: { ...old.schooling, level: value === EMPTY ? null : (value as SchoolLevel) },
                }));
              }}
            />
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
