import { Stack } from '@mantine/core';
import { IntroSection } from '../../features/about/components/intro-section';
import { RoleCards } from '../../features/about/components/role-cards';
import { CompetenceExplorer } from '../../features/taxonomy/components/competence-explorer';

export function HomeRoute() {
  return (
    <Stack gap={56}>
      <IntroSection />
      <RoleCards />
      <CompetenceExplorer />
    </Stack>
  );
}
