import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { textDirection, type Distinction } from '@passgenau/domain';

export interface DistinctionLineProps {
  distinction: Distinction | null | undefined;
}

/**
 * The second line of a hit whose label another hit shares: its label in a second language
 * ("Deutsch: Löter/Löterin"), its ISCO group or the first sentence of its description.
 */
export function DistinctionLine({ distinction }: DistinctionLineProps) {
  const { t } = useTranslation();
  if (!distinction) return null;
  const prefix =
    distinction.kind === 'label'
      ? `${t(`language.names.${distinction.lang}`)}: `
      : distinction.kind === 'iscoGroup'
        ? 'ISCO '
        : '';
  return (
    <Text fz="xs" c="dimmed" mt={2} data-distinction={distinction.kind}>
      {prefix}
      <span lang={distinction.lang} dir={textDirection(distinction.lang)}>
        {distinction.text}
      </span>
    </Text>
  );
}
