import { Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { textDirection } from '@passgenau/domain';
import { useUiLanguage } from '../lib/i18n';

export interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  /** Names the navigation for screen readers, e.g. "Pages of the access log". */
  label: string;
}

export function Pager({ page, pageSize, total, onChange, label }: PagerProps) {
  const { t } = useTranslation();
  const rtl = textDirection(useUiLanguage()) === 'rtl';
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  // Arrows point the way the text runs: "back" points right in Arabic and Persian.
  const BackIcon = rtl ? IconArrowRight : IconArrowLeft;
  const ForwardIcon = rtl ? IconArrowLeft : IconArrowRight;
  return (
    <Group component="nav" aria-label={label} justify="space-between" gap="xs" wrap="nowrap">
      <Button
        variant="default"
        size="sm"
        leftSection={<BackIcon size={16} aria-hidden="true" />}
        disabled={page <= 1}
        onClick={() => onChange(page - 1)}
      >
        {t('common.previous')}
      </Button>
      <Text fz="sm" c="dimmed" ta="center">
        {t('common.pageOf', { page, pages })}
      </Text>
      <Button
        variant="default"
        size="sm"
        rightSection={<ForwardIcon size={16} aria-hidden="true" />}
        disabled={page >= pages}
        onClick={() => onChange(page + 1)}
      >
        {t('common.next')}
      </Button>
    </Group>
  );
}
