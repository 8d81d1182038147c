import { ActionIcon, Badge, Checkbox, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { IconRosetteDiscountCheck, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { districtToday, EVIDENCE_LEVELS, type EvidenceLevel } from '@passgenau/domain';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { ConceptLabel } from '../../taxonomy/components/concept-label';
import type { Evidence } from '../api/schemas';
import type { DraftCompetence } from '../model/draft';
import { useBi } from './bilingual';
import { ConceptPicker } from './concept-picker';
import { fieldError, type StepProps } from './step-props';
import { DateField } from '../../../components/date-field';

/** Today in the district (Europe/Berlin), the same day the API checks against. */
const today = () => districtToday();

/** An assessment by a provider: read-only here; Team IBA may have confirmed it. */
export function ProviderEvidence({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Group gap={6} wrap="wrap" fz="sm">
      <Text fz="sm">
        {t('profiles.evidence.provider', {
          provider: evidence.provider ?? '',
          procedure: evidence.procedure ?? '',
          date: formatDate(evidence.assessedOn, language),
        })}
      </Text>
      {evidence.level ? (
        <Badge variant="light" size="sm">
          {t(`profiles.levels.${evidence.level}`)}
        </Badge>
      ) : null}
      {evidence.confirmedByIba ? (
        <Badge
          color="teal"
          variant="filled"
          size="sm"
          leftSection={<IconRosetteDiscountCheck size={14} aria-hidden="true" />}
        >
          {t('profiles.evidence.confirmed')}
        </Badge>
      ) : null}
    </Group>
  );
}

/** Another mentor's observation: shown, but only that mentor may change it. */
function ObservedEvidence({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Text fz="sm" c="dimmed">
      {t('profiles.evidence.mentor', { date: formatDate(evidence.observedOn, language) })}
      {/* Isolated, so a Latin name keeps its parentheses in right-to-left text. */}
      {evidence.observedBy ? (
        <>
          {' ('}
          <bdi>{evidence.observedBy}</bdi>)
        </>
      ) : null}
      {evidence.level ? ` · ${t(`profiles.levels.${evidence.level}`)}` : ''}
    </Text>
  );
}

/** Step 3: competences from the taxonomy, each with evidence. */
export function CompetencesStep({ draft, update, errors, mode }: StepProps) {
  const { t } = useTranslation();
  const bi = useBi();
  const change = (index: number, patch: Partial<DraftCompetence>) =>
    update((old) => ({
      ...old,
      competences: old.competences.map((competence, i) =>
        i === index ? { ...competence, ...patch } : competence,
      ),
    }));
  const err = (field: string) => {
    const key = fieldError(errors, field);
    return key ? t(key) : undefined;
  };
  const levelData = [
    { value: '', label: t('profiles.common.choose') },
    ...EVIDENCE_LEVELS.map((level) => ({ value: level, label: t(`profiles.levels.${level}`) })),
  ];

  return (
    <Stack gap="md">
      <ConceptPicker
        kind="skills"
        label={bi('profiles.competences.search')}
        description={bi('profiles.competences.searchHelp')}
        exclude={draft.competences.map((competence) => competence.code)}
        onPick={({ code, labels }) =>
          update((old) => ({
            ...old,
            competences: [
              ...old.competences,
              {
                code,
                labels,
                selfLevel: mode === 'candidate' ? 'basic' : null,
                mentor: mode === 'mentor' ? { level: 'basic', observedOn: today() } : null,
                otherEvidence: [],
              },
            ],
          }))
        }
      />
      {draft.competences.length === 0 ? <Text c="dimmed">{t('profiles.competences.none')}</Text> : null}
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('profiles.competences.list')}
      >
        {draft.competences.map((competence, index) => (
          <Paper
            component="li"
            key={competence.code}
            withBorder
            radius="md"
            p="sm"
            data-code={competence.code}
          >
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <ConceptLabel labels={competence.labels} fw={600} />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('profiles.common.remove')}
                  onClick={() =>
                    update((old) => ({ ...old, competences: old.competences.filter((_, i) => i !== index) }))
                  }
                >
                  <IconTrash size={18} aria-hidden="true" />
                </ActionIcon>
              </Group>
              {err(`competences.${index}.code`) ? (
                <Text c="red" fz="sm" role="alert">
                  {err(`competences.${index}.code`)}
                </Text>
              ) : null}
              <Group gap="sm" align="flex-end" wrap="wrap">
                <NativeSelect
                  label={bi('profiles.competences.selfLevel')}
                  data={levelData}
                  value={competence.selfLevel ?? ''}
                  error={err(`competences.${index}.evidence.0.level`)}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    change(index, { selfLevel: value === '' ? null : (value as EvidenceLevel) });
                  }}
                />
                {mode === 'mentor' ? (
                  <Checkbox
                    mb={8}
                    label={bi('profiles.competences.observed')}
                    checked={competence.mentor !== null}
                    onChange={(event) =>
                      change(index, {
                        mentor: event.currentTarget.checked ? { level: 'basic', observedOn: today() } : null,
                      })
                    }
                  />
                ) : null}
              </Group>
              {mode === 'mentor' && competence.mentor ? (
                <Group gap="sm" align="flex-end" wrap="wrap">
                  <NativeSelect
                    label={bi('profiles.competences.observedLevel')}
                    data={levelData}
                    value={competence.mentor.level ?? ''}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      change(index, {
                        mentor: {
                          ...competence.mentor!,
                          level: value === '' ? null : (value as EvidenceLevel),
                        },
                      });
                    }}
                  />
                  <DateField
                    label={bi('profiles.competences.observedOn')}
                    max={today()}
                    value={competence.mentor.observedOn}
                    error={
                      Object.entries(errors).find(
                        ([f]) => f.startsWith(`competences.${index}.evidence`) && f.endsWith('observedOn'),
                      )?.[1]
                        ? t('profiles.errors.future')
                        : undefined
                    }
                    onChange={(event) =>
                      change(index, {
                        mentor: { ...competence.mentor!, observedOn: event.currentTarget.value },
                      })
                    }
                  />
                </Group>
              ) : null}
              {competence.otherEvidence.map((evidence) =>
                evidence.kind === 'provider' ? (
                  <ProviderEvidence key={evidence.id} evidence={evidence} />
                ) : (
                  <ObservedEvidence key={evidence.id} evidence={evidence} />
                ),
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
