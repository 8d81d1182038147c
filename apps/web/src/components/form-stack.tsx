import { Stack, type MantineSpacing } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';

export interface FormStackProps extends Omit<ComponentProps<'form'>, 'children' | 'noValidate'> {
  gap?: MantineSpacing;
  children: ReactNode;
}

/** A form whose fields stand one below the other; the app checks fields itself and explains problems in words. */
export function FormStack({ gap = 'md', children, ...props }: FormStackProps) {
  return (
    <form noValidate {...props}>
      <Stack gap={gap}>{children}</Stack>
    </form>
  );
}
