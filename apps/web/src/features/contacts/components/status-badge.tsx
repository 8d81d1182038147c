import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  awaiting_broker: 'grape',
  returned: 'orange',
  open: 'cyan',
  accepted: 'teal',
  declined: 'gray',
  blocked: 'red',
  expired: 'gray',
};

/** A contact request's state in words. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status] ?? 'gray'} tt="none" size="lg">
      {t(`contacts.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
