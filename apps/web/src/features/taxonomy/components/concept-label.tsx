import { Badge, Text, Tooltip, VisuallyHidden, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  pickLabel,
  textDirection,
  type ConceptLabels,
  type LabelSource,
  type UiLanguage,
} from '@passgenau/domain';
import { useUiLanguage } from '../../../lib/i18n';
import classes from './taxonomy.module.css';

export interface FallbackBadgeProps {
  language: UiLanguage;
}

/** Marks a label shown in another language because the reader's own is missing. */
export function FallbackBadge({ language }: FallbackBadgeProps) {
  const { t } = useTranslation();
  const hint = t('explorer.fallbackHint', { language: t(`language.names.${language}`) });
  return (
    <Tooltip label={hint} withArrow multiline maw={260} events={{ hover: true, focus: true, touch: true }}>
      <Badge size="xs" variant="light" color="gray" radius="sm" className={classes.mark}>
        <span aria-hidden="true">{language.toUpperCase()}</span>
        <VisuallyHidden>{hint}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}

export interface LabelSourceMarkProps {
  source: LabelSource;
}

/** Only `esco` labels are official ESCO; the product's own translations must never pass for them. */
export function LabelSourceMark({ source }: LabelSourceMarkProps) {
  const { t } = useTranslation();
  if (source === 'esco') return null;
  if (source === 'coordinator') {
    return (
      <Badge size="xs" variant="outline" color="teal" radius="sm" tt="none" className={classes.mark}>
        {t('explorer.coordinatorLabel')}
      </Badge>
    );
  }
  return (
    <Tooltip label={t('explorer.ownTranslationHint')} withArrow multiline maw={260}>
      <Badge size="xs" variant="outline" color="grape" radius="sm" tt="none" className={classes.mark}>
        {t('explorer.ownTranslation')}
      </Badge>
    </Tooltip>
  );
}

export interface ConceptLabelProps extends TextProps {
  labels: ConceptLabels;
}

/** The label in the reader's language, else German or English with a badge saying so. */
export function ConceptLabel({ labels, ...textProps }: ConceptLabelProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const label = pickLabel(labels, language);
  if (!label) {
    return (
      <Text component="span" c="dimmed" {...textProps}>
        {t('detail.noLabel')}
      </Text>
    );
  }
  return (
    <span className={classes.label}>
      <Text component="span" lang={label.lang} dir={textDirection(label.lang)} {...textProps}>
        {label.text}
      </Text>
      {label.isFallback ? <FallbackBadge language={label.lang} /> : null}
      <LabelSourceMark source={label.source} />
    </span>
  );
}
