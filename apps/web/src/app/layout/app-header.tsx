import { Box, Button, Container, Group, ThemeIcon } from '@mantine/core';
import {
  IconBriefcase,
  IconBuildingCommunity,
  IconBuildingFactory2,
  IconMessages,
  IconPuzzle,
  IconTargetArrow,
  IconUserSearch,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../features/auth/session/session-context';
import { LanguageSwitcher } from '../../components/language-switcher';
import classes from './layout.module.css';

export interface AppHeaderProps {
  end?: ReactNode;
}

interface NavLinkProps {
  to: string;
  label: string;
  icon: Icon;
}

/** A header link: icon and word on wider screens, the icon alone (named for screen readers) on phones. */
function HeaderNavLink({ to, label, icon: LinkIcon }: NavLinkProps) {
  return (
    <Button
      component={Link}
      to={to}
      variant="subtle"
      size="sm"
      px={8}
      aria-label={label}
      leftSection={<LinkIcon size={20} aria-hidden="true" />}
      styles={{ section: { marginInlineEnd: 0 } }}
    >
      <Box component="span" visibleFrom="sm" ms={6} aria-hidden="true">
        {label}
      </Box>
    </Button>
  );
}

/** Jobs for everyone; the own company for employers; the pool of open firms for coordinators and IBA. */
function HeaderNav() {
  const { t } = useTranslation();
  const { account } = useSession();
  const role = account?.role;
  return (
    <Group component="nav" aria-label={t('jobs.nav.jobs')} gap={2} wrap="nowrap">
      <HeaderNavLink to="/jobs" label={t('jobs.nav.jobs')} icon={IconBriefcase} />
      {role === 'employer' ? (
        <HeaderNavLink to="/company" label={t('jobs.nav.myCompany')} icon={IconBuildingFactory2} />
      ) : null}
      {role === 'coordinator' || role === 'iba_staff' || role === 'admin' ? (
        <HeaderNavLink to="/firms" label={t('jobs.nav.firms')} icon={IconBuildingCommunity} />
      ) : null}
      {role === 'candidate' ? (
        <HeaderNavLink to="/matches" label={t('matchLists.mine.nav')} icon={IconTargetArrow} />
      ) : null}
      {role === 'employer' || role === 'coordinator' || role === 'iba_staff' ? (
        <HeaderNavLink to="/search" label={t('candidateSearch.nav')} icon={IconUserSearch} />
      ) : null}
      {role === 'employer' ? (
        <HeaderNavLink to="/profiles" label={t('profiles.nav.profiles')} icon={IconUsersGroup} />
      ) : null}
      {role === 'candidate' || role === 'mentor' ? (
        <HeaderNavLink to="/contact-requests" label={t('contacts.nav.inbox')} icon={IconMessages} />
      ) : null}
    </Group>
  );
}

export function AppHeader({ end }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Box component="header" className={classes.header}>
      <Container size="lg" py="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group
            renderRoot={(props) => <Link to="/" {...props} />}
            gap="sm"
            wrap="nowrap"
            className={classes.brand}
          >
            <ThemeIcon size={40} radius="md" aria-hidden="true">
              <IconPuzzle size={24} stroke={1.8} />
            </ThemeIcon>
            <Box miw={0}>
              <div className={classes.brandName} lang="de" dir="ltr">
                Passgenau
              </div>
              <div className={classes.tagline}>{t('app.tagline')}</div>
            </Box>
          </Group>
          <Group gap="xs" wrap="nowrap" flex="none" ms="auto">
            <HeaderNav />
            <LanguageSwitcher />
            {end}
          </Group>
        </Group>
      </Container>
    </Box>
  );
}
