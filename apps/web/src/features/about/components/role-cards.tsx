import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconBuildingFactory2,
  IconClipboardCheck,
  IconHeartHandshake,
  IconMapPin,
  IconShieldLock,
  IconUserSearch,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type RoleKey = 'candidate' | 'mentor' | 'employer' | 'iba' | 'coordinator' | 'admin';

const ROLES: ReadonlyArray<{ key: RoleKey; icon: Icon; color: string }> = [
  { key: 'candidate', icon: IconUserSearch, color: 'cyan' },
  { key: 'mentor', icon: IconHeartHandshake, color: 'pink' },
  { key: 'employer', icon: IconBuildingFactory2, color: 'orange' },
  { key: 'iba', icon: IconClipboardCheck, color: 'indigo' },
  { key: 'coordinator', icon: IconMapPin, color: 'teal' },
  { key: 'admin', icon: IconShieldLock, color: 'gray' },
];

export function RoleCards() {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="roles-title" gap="lg">
      <Title order={2} id="roles-title">
        {t('roles.title')}
      </Title>
      <SimpleGrid
        component="ul"
        cols={{ base: 1, sm: 2, lg: 3 }}
        spacing="md"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {ROLES.map(({ key, icon: RoleIcon, color }) => (
          <Card component="li" key={key} withBorder radius="lg" padding="lg">
            <Group gap="sm" wrap="nowrap" align="flex-start" mb="xs">
              <ThemeIcon size={44} radius="md" variant="light" color={color} aria-hidden="true">
                <RoleIcon size={26} stroke={1.7} />
              </ThemeIcon>
              <Title order={3} fz="lg" lh={1.3} pt={8}>
                {t(`roles.${key}.title`)}
              </Title>
            </Group>
            <Text fz="sm" lh={1.6}>
              {t(`roles.${key}.text`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
