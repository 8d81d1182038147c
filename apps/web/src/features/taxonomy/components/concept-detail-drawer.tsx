import { Badge, Drawer, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconBriefcase, IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { textDirection, type TaxonomyHit, type UiLanguage } from '@passgenau/domain';
import { LOCALES } from '@passgenau/i18n';
import { ErrorAlert } from '../../../components/error-alert';
import { useUiLanguage } from '../../../lib/i18n';
import { useConcept, type ConceptDetail, type RelatedSkill } from '../api/get-concept';
import { ConceptLabel, FallbackBadge, LabelSourceMark } from './concept-label';
import classes from './taxonomy.module.css';

const MAX_OTHER_NAMES = 8;

export interface ConceptDetailDrawerProps {
  /** The hit whose details to show; null closes the drawer. */
  hit: TaxonomyHit | null;
  onClose: () => void;
}

export function ConceptDetailDrawer({ hit, onClose }: ConceptDetailDrawerProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 36em)');
  const concept = useConcept(hit?.code ?? null);

  return (
    <Drawer
      opened={hit !== null}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 'lg'}
      title={hit ? <ConceptLabel labels={hit.labels} fw={700} fz="lg" /> : null}
      closeButtonProps={{ 'aria-label': t('detail.close') }}
    >
      {hit === null ? null : concept.isPending ? (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden="true" />
          <Text>{t('detail.loading')}</Text>
        </Group>
      ) : concept.isError ? (
        <ErrorAlert error={concept.error} onRetry={() => void concept.refetch()} />
      ) : (
        <ConceptDetailView concept={concept.data} />
      )}
    </Drawer>
  );
}

interface ConceptDetailViewProps {
  concept: ConceptDetail;
}

function ConceptDetailView({ concept }: ConceptDetailViewProps) {
  const { t } = useTranslation();
  const essential = concept.skills.filter((skill) => skill.essential);
  const optional = concept.skills.filter((skill) => !skill.essential);
  const KindIcon = concept.kind === 'occupation' ? IconBriefcase : IconBulb;

  return (
    <Stack gap="lg" data-code={concept.code}>
      <Stack gap={6}>
        <Group gap="xs">
          <Badge variant="light" leftSection={<KindIcon size={14} aria-hidden="true" />} tt="none">
            {concept.kind === 'occupation' ? t('detail.occupation') : t('detail.skill')}
          </Badge>
          {concept.iscoGroup ? (
            <Badge variant="default" tt="none">
              {t('detail.iscoGroup')} {concept.iscoGroup}
            </Badge>
          ) : null}
        </Group>
        <Text fz="xs" c="dimmed">
          {t('detail.code')}:{' '}
          <span className={classes.code} dir="ltr">
            {concept.code}
          </span>
        </Text>
      </Stack>

      <ConceptDescription concept={concept} />

      <Stack gap="sm">
        <Title order={3} fz="md">
          {t('detail.allLabels')}
        </Title>
        <Stack gap="xs" component="dl" m={0}>
          {LOCALES.map((locale) => (
            <LanguageLabels
              key={locale.code}
              concept={concept}
              language={locale.code}
              name={locale.nativeName}
            />
          ))}
        </Stack>
      </Stack>

      {concept.kind === 'occupation' ? (
        <>
          <SkillList title={t('detail.essentialSkills')} skills={essential} />
          {optional.length > 0 ? <SkillList title={t('detail.optionalSkills')} skills={optional} /> : null}
        </>
      ) : null}
    </Stack>
  );
}

function ConceptDescription({ concept }: ConceptDetailViewProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  // ESCO describes concepts in English and German only; German readers get German, everyone else English.
  const candidates: ReadonlyArray<[UiLanguage, string | null]> =
    language === 'de'
      ? [
          ['de', concept.descriptionDe],
          ['en', concept.descriptionEn],
        ]
      : [
          ['en', concept.descriptionEn],
          ['de', concept.descriptionDe],
        ];
  const found = candidates.find(([, text]) => text !== null && text.trim() !== '');
  if (!found) return null;
  const [descriptionLanguage, description] = found;

  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Title order={3} fz="md">
          {t('detail.description')}
        </Title>
        {descriptionLanguage !== language ? <FallbackBadge language={descriptionLanguage} /> : null}
      </Group>
      <Text fz="sm" lh={1.6} lang={descriptionLanguage} dir={textDirection(descriptionLanguage)}>
        {description}
      </Text>
    </Stack>
  );
}

interface LanguageLabelsProps {
  concept: ConceptDetail;
  language: UiLanguage;
  name: string;
}

function LanguageLabels({ concept, language, name }: LanguageLabelsProps) {
  const { t } = useTranslation();
  const variants = concept.allLabels[language] ?? [];
  const preferred = variants.find((variant) => variant.preferred) ?? variants[0];
  const others = variants.filter((variant) => variant !== preferred);
  const dir = textDirection(language);

  return (
    <div>
      <Text component="dt" fz="xs" fw={700} c="dimmed">
        <span lang={language} dir={dir}>
          {name}
        </span>
      </Text>
      <Text component="dd" m={0} fz="sm">
        {preferred ? (
          <span className={classes.label}>
            <span lang={language} dir={dir}>
              {preferred.text}
            </span>
            <LabelSourceMark source={preferred.source} />
          </span>
        ) : (
          <Text component="span" c="dimmed" fz="sm">
            {t('detail.noLabel')}
          </Text>
        )}
        {others.length > 0 ? (
          <Text fz="xs" c="dimmed" mt={2}>
            {t('detail.otherNames')}{' '}
            {others.slice(0, MAX_OTHER_NAMES).map((variant, index) => (
              // Each name isolated on its own, so a long list wraps in the page's direction.
              <span key={`${index}:${variant.text}`}>
                {index > 0 ? ' · ' : null}
                <span lang={language} dir={dir}>
                  {variant.text}
                </span>
              </span>
            ))}
            {others.length > MAX_OTHER_NAMES ? ' …' : null}
          </Text>
        ) : null}
      </Text>
    </div>
  );
}

interface SkillListProps {
  title: string;
  skills: RelatedSkill[];
}

function SkillList({ title, skills }: SkillListProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} fz="md">
        {title}
      </Title>
      {skills.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('detail.noSkills')}
        </Text>
      ) : (
        <List spacing={6} size="sm" aria-label={title}>
          {skills.map((skill) => (
            <List.Item key={skill.code} data-code={skill.code}>
              <ConceptLabel labels={skill.labels} fz="sm" />
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
