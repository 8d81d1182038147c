import { Alert } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api-client';

export function isSearchLocked(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'COMPANY_NOT_VERIFIED';
}

/** The firm's check is not done: say so (and that profile and offers work), instead of "forbidden". */
export function SearchErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!isSearchLocked(error)) return <ErrorAlert error={error} onRetry={onRetry} />;
  const refused = error.errors?.some((e) => e.field === 'company' && e.code === 'CHECK_REFUSED');
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconHourglass aria-hidden="true" />}
      title={t('staff.searchLocked.title')}
    >
      {refused ? t('staff.searchLocked.rejected') : t('staff.searchLocked.pending')}
    </Alert>
  );
}
