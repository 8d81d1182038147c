import { Alert } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../../lib/i18n';
import type { EmployerNotice } from '../api/schemas';

/**
 * Told at the field: employers do not see the name, phone number, e-mail address or street written
 * in this text (the API holds those parts back and names the field).
 */
export function EmployerNoticeAt({
  notices,
  field,
}: {
  notices: EmployerNotice[] | undefined;
  field: string;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const notice = notices?.find((n) => n.field === field || n.field.startsWith(`${field}.`));
  if (!notice) return null;
  const kinds = new Intl.ListFormat(language, { type: 'conjunction' }).format(
    notice.withheld.map((kind) => t(`profiles.employerNotice.kinds.${kind}`)),
  );
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconEyeOff size={18} aria-hidden="true" />}
      role="note"
      p="xs"
    >
      {t('profiles.employerNotice.withheld', { kinds })}
    </Alert>
  );
}
