import { Button, Menu, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOCALES, localeInfo } from '@passgenau/i18n';
import { chooseLanguage, useUiLanguage } from '../lib/i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const language = useUiLanguage();
  const current = localeInfo(language);
  // On a phone the header also holds the account button: no room for the arrow.
  const isPhone = useMediaQuery('(max-width: 36em)');

  return (
    <Menu position="bottom-end" shadow="md" width={200} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          px="sm"
          flex="none"
          leftSection={<IconLanguage size={18} aria-hidden="true" />}
          rightSection={isPhone ? null : <IconChevronDown size={16} aria-hidden="true" />}
        >
          <VisuallyHidden>{t('language.label')}: </VisuallyHidden>
          <span lang={current.code} dir={current.dir}>
            {current.nativeName}
          </span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale.code}
            lang={locale.code}
            dir={locale.dir}
            aria-current={locale.code === language ? 'true' : undefined}
            rightSection={locale.code === language ? <IconCheck size={16} aria-hidden="true" /> : null}
            onClick={() => void chooseLanguage(i18n, locale.code)}
          >
            {locale.nativeName}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
