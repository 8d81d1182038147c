import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface FormErrorProps {
  children: ReactNode;
}

/** The general message of a form that the server refused, read out at once. */
export function FormError({ children }: FormErrorProps) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />} role="alert">
      {children}
    </Alert>
  );
}
