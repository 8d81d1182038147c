import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface PasswordFieldProps extends Omit<PasswordInputProps, 'visibilityToggleButtonProps'> {
  /** A new password: the rules stand below the field and the browser may suggest a strong one. */
  isNew?: boolean;
}

export function PasswordField({ isNew = false, description, error, ...props }: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      size="md"
      autoComplete={isNew ? 'new-password' : 'current-password'}
      description={description ?? (isNew ? t('validation.passwordRules') : undefined)}
      visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
      visibilityToggleFocusable
      error={error}
      // Mantine marks only data-invalid on the inner input; screen readers need aria-invalid.
      aria-invalid={error ? true : undefined}
      {...props}
    />
  );
}
