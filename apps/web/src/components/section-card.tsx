import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';

export interface SectionCardProps {
  title: string;
  description?: ReactNode;
  icon?: Icon;
  /** Buttons at the end of the title row. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** 1 when the section is the whole page (its title is the page's heading); 2 otherwise. */
  headingOrder?: 1 | 2;
}

/** One part of a page (my mentors, consent …) as a titled region that screen readers can jump to. */
export function SectionCard({
  title,
  description,
  icon: SectionIcon,
  actions,
  children,
  className,
  headingOrder = 2,
}: SectionCardProps) {
  const titleId = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      className={className}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Group gap="sm" wrap="nowrap" align="flex-start" miw={0} flex="1 1 240px">
            {SectionIcon ? (
              <ThemeIcon size={36} radius="md" variant="light" aria-hidden="true">
                <SectionIcon size={22} stroke={1.7} />
              </ThemeIcon>
            ) : null}
            <Stack gap={4} miw={0}>
              <Title order={headingOrder} fz={{ base: 'lg', sm: 'xl' }} id={titleId} lh={1.3} pt={SectionIcon ? 4 : 0}>
                {title}
              </Title>
              {description ? (
                <Text c="dimmed" fz="sm">
                  {description}
                </Text>
              ) : null}
            </Stack>
          </Group>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
