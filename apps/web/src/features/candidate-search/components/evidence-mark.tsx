import { Badge } from '@mantine/core';
import { IconCertificate, IconCircleCheck, IconEye, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type EvidenceMarkValue = 'self' | 'mentor' | 'assessed' | 'iba';

const LOOK = {
  self: { color: 'gray', icon: IconUser },
  mentor: { color: 'blue', icon: IconEye },
  assessed: { color: 'teal', icon: IconCertificate },
  iba: { color: 'green', icon: IconCircleCheck },
} as const;

/** How strongly a competence is shown: a word and an icon, never colour alone. */
export function EvidenceMark({ evidence }: { evidence: EvidenceMarkValue }) {
  const { t } = useTranslation();
  const { color, icon: Icon } = LOOK[evidence];
  return (
    <Badge
      size="sm"
      variant={evidence === 'self' ? 'outline' : 'light'}
      color={color}
      tt="none"
      leftSection={<Icon size={12} aria-hidden="true" />}
      data-evidence={evidence}
    >
      {t(`candidateSearch.evidence.${evidence}`)}
    </Badge>
  );
}
