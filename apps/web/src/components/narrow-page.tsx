import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface NarrowPageProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** A single form on a page (sign-in, reset …): narrow on wide screens, the full width of a phone. */
export function NarrowPage({ title, intro, children }: NarrowPageProps) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', xs: 'xl' }} maw={480} mx="auto" w="100%">
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={1} fz={{ base: 26, xs: 30 }}>
            {title}
          </Title>
          {intro ? <Text c="dimmed">{intro}</Text> : null}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
