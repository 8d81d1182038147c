import { Button, Stack } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useUiLanguage } from '../../../lib/i18n';
import { fetchPrintout, printoutFileName, type PrintTarget } from '../api/print-api';

export interface PrintButtonProps {
  target: PrintTarget;
  /** Accessible name when the button stands among several (e.g. one per firm). */
  ariaLabel?: string;
}

function labelKey(
  target: PrintTarget,
):
  | 'print.buttons.matchList'
  | 'print.buttons.profilePseudonymous'
  | 'print.buttons.profileFull'
  | 'print.buttons.eventEverything' {
  switch (target.kind) {
    case 'companyMatches':
    case 'offerMatches':
    case 'eventFirmMatches':
      return 'print.buttons.matchList';
    case 'pseudonymousProfile':
      return 'print.buttons.profilePseudonymous';
    case 'fullProfile':
      return 'print.buttons.profileFull';
    case 'eventEverything':
      return 'print.buttons.eventEverything';
  }
}

/** Saves the blob under `name` through a temporary link (works offline once the PDF is here). */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads a printout as PDF in the reader's language. */
export function PrintButton({ target, ariaLabel }: PrintButtonProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const download = useMutation({
    mutationFn: () => fetchPrintout(target, language),
    onSuccess: (blob) => save(blob, printoutFileName(target)),
  });
  return (
    <Stack gap={6} align="flex-start">
      <Button
        variant="light"
        leftSection={<IconPrinter size={16} aria-hidden="true" />}
        loading={download.isPending}
        onClick={() => download.mutate()}
        aria-label={ariaLabel}
        data-print={target.kind}
      >
        {download.isPending ? t('print.buttons.preparing') : t(labelKey(target))}
      </Button>
      {download.isError ? <ErrorAlert error={download.error} onRetry={() => download.mutate()} /> : null}
    </Stack>
  );
}
