import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateInputExample, formatDateInput, parseDateInput } from '@passgenau/domain';
import { useUiLanguage } from '../lib/i18n';

export interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'min' | 'max'> {
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  /** Gets YYYY-MM-DD (or '' when emptied) in the shape of an input's change event. */
  onChange: (event: { currentTarget: { value: string } }) => void;
  /** Latest day that makes sense (YYYY-MM-DD); later days are refused with the field's hint. */
  max?: string;
  min?: string;
}

/**
 * A date typed as the interface language writes it ("31.12.2026", Persian "2026/12/31"), not the
 * browser's format. Hands over YYYY-MM-DD once what was typed is a real day.
 */
export function DateField({ value, onChange, max, min, error, onBlur, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [text, setText] = useState(() => formatDateInput(value, language));
  const [invalid, setInvalid] = useState(false);

  // Follow a value set from outside (a loaded draft, a reset) and a change of language.
  useEffect(() => {
    setText((current) =>
      parseDateInput(current, language) === value ? current : formatDateInput(value, language),
    );
  }, [value, language]);

  const example = dateInputExample(language);
  const outOfRange = (iso: string) => (max !== undefined && iso > max) || (min !== undefined && iso < min);

  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      placeholder={example}
      {...props}
      dir="ltr"
      value={text}
      error={error ?? (invalid ? t('inputs.dateInvalid', { example }) : undefined)}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        if (typed.trim() === '') {
          setInvalid(false);
          onChange({ currentTarget: { value: '' } });
          return;
        }
        const iso = parseDateInput(typed, language);
        if (iso && !outOfRange(iso)) {
          setInvalid(false);
          onChange({ currentTarget: { value: iso } });
        }
      }}
      onBlur={(event) => {
        const iso = parseDateInput(text, language);
        const bad = text.trim() !== '' && (!iso || outOfRange(iso));
        setInvalid(bad);
        if (iso && !bad) setText(formatDateInput(iso, language));
        onBlur?.(event);
      }}
    />
  );
}
