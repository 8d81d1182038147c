import { ActionIcon, Avatar, Button, Menu, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconAlertCircle,
  IconBookmark,
  IconCalendarEvent,
  IconCertificate,
  IconChartBar,
  IconChevronDown,
  IconCopy,
  IconId,
  IconLogin2,
  IconLogout,
  IconMessages,
  IconShieldLock,
  IconUserCircle,
  IconUsersGroup,
  IconUserSearch,
  IconLanguage,
  IconBuildingCommunity,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Role } from '@passgenau/domain';
import { errorMessageKey } from '../../../lib/error-message';
import { useSession } from '../session/session-context';
import classes from './user-menu.module.css';

/** Roles that read the employers' pseudonymous profile list. */
const PROFILE_READER_ROLES: readonly Role[] = ['employer', 'iba_staff', 'coordinator', 'admin'];

/** "Jonas Weber" → "JW"; words that do not start with a letter (numbers) do not count. */
function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word));
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return picked
    .map((word) => Array.from(word ?? '')[0] ?? '')
    .join('')
    .toUpperCase();
}

/** The header's end: "Sign in" for visitors, the account menu for signed-in people. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const isPhone = useMediaQuery('(max-width: 36em)');

  if (session.status === 'loading') return null;
  const { account } = session;

  // The session could not be checked (service unavailable): not signed out, so no "Sign in" either.
  if (!account && session.status === 'error') {
    const message = t(errorMessageKey(session.error));
    return (
      <ActionIcon
        variant="light"
        color="red"
        size="lg"
        aria-label={message}
        title={message}
        onClick={session.retry}
      >
        <IconAlertCircle size={20} aria-hidden="true" />
      </ActionIcon>
    );
  }

  if (!account) {
    return (
      <Button
        component={Link}
        to="/sign-in"
        flex="none"
        px="sm"
        leftSection={<IconLogin2 size={18} aria-hidden="true" />}
      >
        {t('nav.signIn')}
      </Button>
    );
  }

  // Leave the page first: a guarded page would otherwise send the person to the sign-in form.
  const signOut = async () => {
    navigate('/');
    await session.signOut();
  };

  return (
    <Menu position="bottom-end" shadow="md" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          px={6}
          flex="none"
          className={classes.target}
          leftSection={
            <Avatar size={28} radius="xl" color="cyan" variant="filled" aria-hidden="true">
              {initials(account.displayName)}
            </Avatar>
          }
          rightSection={isPhone ? null : <IconChevronDown size={16} aria-hidden="true" />}
        >
          <span className={classes.name}>
            <span className={classes.hiddenLabel}>{t('nav.accountMenu')}: </span>
            {account.displayName}
          </span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text fz="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {account.displayName}
          </Text>
          <Text fz="xs" c="dimmed">
            {t(`roleNames.${account.role}`)}
          </Text>
        </Menu.Label>
        <Menu.Item
          component={Link}
          to="/account"
          leftSection={<IconUserCircle size={18} aria-hidden="true" />}
        >
          {t('nav.myAccount')}
        </Menu.Item>
        {account.role === 'candidate' ? (
          <Menu.Item component={Link} to="/profile" leftSection={<IconId size={18} aria-hidden="true" />}>
            {t('profiles.nav.myProfile')}
          </Menu.Item>
        ) : null}
        {account.role === 'employer' ? (
          <Menu.Item
            component={Link}
            to="/shortlist"
            leftSection={<IconMessages size={18} aria-hidden="true" />}
          >
            {t('contacts.nav.employer')}
          </Menu.Item>
        ) : null}
        {account.role === 'iba_staff' || account.role === 'coordinator' || account.role === 'admin' ? (
          <Menu.Item
            component={Link}
            to="/brokering"
            leftSection={<IconMessages size={18} aria-hidden="true" />}
          >
            {t('contacts.nav.brokering')}
          </Menu.Item>
        ) : null}
        {account.role === 'iba_staff' || account.role === 'coordinator' || account.role === 'admin' ? (
          <Menu.Item
            component={Link}
            to="/open-house"
            leftSection={<IconCalendarEvent size={18} aria-hidden="true" />}
          >
            {t('openHouse.nav')}
          </Menu.Item>
        ) : null}
        {account.role === 'candidate' || account.role === 'mentor' ? (
          <Menu.Item
            component={Link}
            to="/my-open-house"
            leftSection={<IconCalendarEvent size={18} aria-hidden="true" />}
          >
            {t('openHouse.navMine')}
          </Menu.Item>
        ) : null}
        {PROFILE_READER_ROLES.includes(account.role) ? (
          <Menu.Item
            component={Link}
            to="/profiles"
            leftSection={<IconUsersGroup size={18} aria-hidden="true" />}
          >
            {t('profiles.nav.profiles')}
          </Menu.Item>
        ) : null}
        {account.role === 'iba_staff' ? (
          <Menu.Item
            component={Link}
            to="/assessments"
            leftSection={<IconCertificate size={18} aria-hidden="true" />}
          >
            {t('profiles.nav.assessments')}
          </Menu.Item>
        ) : null}
        {account.role === 'iba_staff' || account.role === 'admin' ? (
          <Menu.Item
            component={Link}
            to="/duplicates"
            leftSection={<IconCopy size={18} aria-hidden="true" />}
          >
            {t('duplicates.nav')}
          </Menu.Item>
        ) : null}
        {account.role === 'mentor' || account.role === 'iba_staff' || account.role === 'admin' ? (
          <Menu.Item
            component={Link}
            to="/candidates/lookup"
            leftSection={<IconUserSearch size={18} aria-hidden="true" />}
          >
            {t('staff.lookup.nav')}
          </Menu.Item>
        ) : null}
        {account.role === 'iba_staff' || account.role === 'coordinator' || account.role === 'admin' ? (
          <Menu.Item
            component={Link}
            to="/company-checks"
            leftSection={<IconBuildingCommunity size={18} aria-hidden="true" />}
          >
            {t('staff.verification.nav')}
          </Menu.Item>
        ) : null}
        {account.role === 'employer' || account.role === 'candidate' || account.role === 'mentor' ? (
          <Menu.Item
            component={Link}
            to="/saved-searches"
            leftSection={<IconBookmark size={18} aria-hidden="true" />}
          >
            {t('savedSearches.title')}
          </Menu.Item>
        ) : null}
        {account.role === 'iba_staff' || account.role === 'coordinator' || account.role === 'admin' ? (
          <Menu.Item
            component={Link}
            to="/reports"
            leftSection={<IconChartBar size={18} aria-hidden="true" />}
          >
            {t('reports.nav')}
          </Menu.Item>
        ) : null}
        {account.role === 'coordinator' || account.role === 'admin' ? (
          <Menu.Item
            component={Link}
            to="/taxonomy"
            leftSection={<IconLanguage size={18} aria-hidden="true" />}
          >
            {t('staff.taxonomy.nav')}
          </Menu.Item>
        ) : null}
        {account.role === 'admin' ? (
          <Menu.Item
            component={Link}
            to="/admin"
            leftSection={<IconShieldLock size={18} aria-hidden="true" />}
          >
            {t('nav.admin')}
          </Menu.Item>
        ) : null}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={18} aria-hidden="true" />} onClick={() => void signOut()}>
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
