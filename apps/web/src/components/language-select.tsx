import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { isUiLanguage, type UiLanguage } from '@passgenau/domain';
import { LOCALES } from '@passgenau/i18n';

export interface LanguageSelectProps extends Omit<NativeSelectProps, 'value' | 'onChange' | 'data'> {
  value: UiLanguage;
  onChange: (language: UiLanguage) => void;
}

/** The five interface languages, each in its own script. */
export function LanguageSelect({ value, onChange, ...props }: LanguageSelectProps) {
  return (
    <NativeSelect
      size="md"
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isUiLanguage(next)) onChange(next);
      }}
      data={LOCALES.map((locale) => ({ value: locale.code, label: locale.nativeName }))}
      {...props}
    />
  );
}
