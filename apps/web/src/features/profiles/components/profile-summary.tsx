import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { ConceptLabel } from '../../taxonomy/components/concept-label';
import type { Competence, LanguageSkill, PseudonymousProfile, TextVersion } from '../api/schemas';
import { languageName } from '../model/languages';
import { ProviderEvidence } from './step-competences';
import { UserText } from '../../../components/user-text';

/** German level of a profile: the overall level of its German entry, else the best certificate. */
export function germanLevel(
  profile: Pick<PseudonymousProfile, 'languages' | 'germanCertificates'>,
): string | null {
  const german = profile.languages.find((language) => language.language === 'de');
  return german?.overall ?? profile.germanCertificates[0]?.level ?? null;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={2} fz="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export function CompetenceList({
  competences,
  showEvidence = true,
}: {
  competences: Competence[];
  showEvidence?: boolean;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (competences.length === 0) return <Text c="dimmed">{t('profiles.view.none')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {competences.map((competence) => (
        <li key={competence.code}>
          <ConceptLabel labels={competence.labels} fw={600} />
          {showEvidence ? (
            <Stack gap={2} ps="sm">
              {competence.evidence.map((evidence) =>
                evidence.kind === 'provider' ? (
                  <ProviderEvidence key={evidence.id} evidence={evidence} />
                ) : (
                  <Text key={evidence.id} fz="sm" c="dimmed">
                    {evidence.kind === 'self'
                      ? t('profiles.evidence.self')
                      : t('profiles.evidence.mentor', { date: formatDate(evidence.observedOn, language) })}
                    {evidence.level ? ` · ${t(`profiles.levels.${evidence.level}`)}` : ''}
                  </Text>
                ),
              )}
            </Stack>
          ) : null}
        </li>
      ))}
    </Stack>
  );
}

function Languages({ languages }: { languages: LanguageSkill[] }) {
  const { t } = useTranslation();
  const reader = useUiLanguage();
  return (
    <Group gap={6} wrap="wrap">
      {languages.map((language) => (
        <Badge key={language.language} variant="light" tt="none" size="lg">
          {languageName(language.language, reader)}
          {language.overall ? ` ${language.overall}` : ''}
          {language.native ? ` · ${t('profiles.languages.native')}` : ''}
        </Badge>
      ))}
    </Group>
  );
}

function Texts({ texts }: { texts: TextVersion[] }) {
  const reader = useUiLanguage();
  return (
    <Stack gap="xs">
      {texts.map((text, index) => (
        <Stack key={index} gap={2}>
          <Badge size="xs" variant="outline" tt="none">
            {languageName(text.lang, reader)}
          </Badge>
          <Text component="div" style={{ whiteSpace: 'pre-wrap' }}>
            <UserText component="div" lang={text.lang}>
              {text.text}
            </UserText>
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}

/** Everything a profile says, read-only; used for the candidate's own view and the employers' view. */
export function ProfileSummary({ profile, extra }: { profile: PseudonymousProfile; extra?: ReactNode }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Stack gap="md">
      {extra}
      <Section title={t('profiles.steps.languages')}>
        <Languages languages={profile.languages} />
        {profile.germanCertificates.map((certificate, index) => (
          <Text key={index} fz="sm">
            {t('profiles.view.certificate', {
              kind: certificate.kind === 'other' ? (certificate.name ?? '') : certificate.kind,
              level: certificate.level,
              date: formatDate(certificate.issuedOn, language),
            })}
          </Text>
        ))}
      </Section>
      <Section title={t('profiles.view.competences')}>
        <CompetenceList competences={profile.competences} />
      </Section>
      <Section title={t('profiles.steps.skills')}>
        <Text fz="sm">
          {t('profiles.skills.maths')}:{' '}
          {profile.mathsLevel ? t(`profiles.levels.${profile.mathsLevel}`) : '–'}
        </Text>
        <Text fz="sm">
          {t('profiles.skills.computer')}:{' '}
          {profile.computerLevel ? t(`profiles.levels.${profile.computerLevel}`) : '–'}
        </Text>
        {profile.schooling.level || profile.schooling.years ? (
          <Text fz="sm">
            {profile.schooling.years !== null
              ? t('profiles.view.schooling', {
                  count: profile.schooling.years,
                  level: profile.schooling.level
                    ? t(`profiles.schoolLevels.${profile.schooling.level}`)
                    : '–',
                })
              : profile.schooling.level
                ? t(`profiles.schoolLevels.${profile.schooling.level}`)
                : null}
          </Text>
        ) : null}
      </Section>
      <Section title={t('profiles.steps.experience')}>
        {profile.experience.length === 0 && profile.education.length === 0 ? (
          <Text c="dimmed">{t('profiles.view.none')}</Text>
        ) : null}
        <List size="sm" spacing={4}>
          {profile.experience.map((experience) => (
            <List.Item key={experience.occupationCode}>
              <ConceptLabel labels={experience.occupationLabels} fz="sm" />{' '}
              {t('profiles.view.years', { count: experience.years })}
            </List.Item>
          ))}
          {profile.education.map((education, index) => (
            <List.Item key={`e${index}`}>
              <UserText lang={education.titleLang}>{education.title}</UserText> ·{' '}
              {t(`profiles.recognition.${education.recognition as 'fully'}`)}
            </List.Item>
          ))}
        </List>
        {profile.texts.length > 0 ? <Texts texts={profile.texts} /> : null}
      </Section>
      <Section title={t('profiles.steps.wishes')}>
        <Group gap={6} wrap="wrap">
          {profile.wishes.occupations.map((occupation) => (
            <Badge key={occupation.code} variant="light" tt="none" size="lg">
              <ConceptLabel labels={occupation.labels} fz="sm" />
            </Badge>
          ))}
          {profile.wishes.kinds.map((kind) => (
            <Badge key={kind} variant="outline" tt="none">
              {t(`profiles.kinds.${kind}`)}
            </Badge>
          ))}
        </Group>
        {profile.wishes.hoursPerWeek ? (
          <Text fz="sm">{t('profiles.view.hours', { count: profile.wishes.hoursPerWeek })}</Text>
        ) : null}
        {profile.wishes.earliestStart ? (
          <Text fz="sm">
            {t('profiles.view.start', { date: formatDate(profile.wishes.earliestStart, language) })}
          </Text>
        ) : null}
      </Section>
      <Section title={t('profiles.steps.mobility')}>
        <Text fz="sm">
          {t('profiles.view.town', { town: profile.homeTownName ?? '–' })}
          {profile.travelKm ? ` · ${t('profiles.view.km', { km: profile.travelKm })}` : ''}
          {profile.travelMinutes ? ` · ${t('profiles.view.minutes', { count: profile.travelMinutes })}` : ''}
        </Text>
        {profile.drivingLicences.length > 0 ? (
          <Text fz="sm">
            {t('profiles.mobility.licences')}: {profile.drivingLicences.join(', ')}
          </Text>
        ) : null}
        <Text fz="sm">{t(`profiles.mayWork.${profile.mayWork}`)}</Text>
      </Section>
    </Stack>
  );
}
