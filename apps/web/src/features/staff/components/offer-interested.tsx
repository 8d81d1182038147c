import { Anchor, Button, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageLoader } from '../../../components/page-loader';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useOfferInterested } from '../api/employer-verification';
import { SearchErrorAlert } from './search-locked';

/** "Interested: 2" on an offer; opens who marked interest (pseudonyms, same rules as search). */
export function OfferInterestedButton({
  offerId,
  count,
  label,
}: {
  offerId: string;
  count: number;
  label: string;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [opened, { open, close }] = useDisclosure(false);
  const interested = useOfferInterested(opened ? offerId : null);
  if (count === 0)
    return (
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
    );
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={open}
        aria-haspopup="dialog"
        title={t('staff.interested.open')}
      >
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={t('staff.interested.title')}>
        <Stack gap="sm">
          <Text fz="sm" c="dimmed">
            {t('staff.interested.intro')}
          </Text>
          {interested.isPending ? (
            <PageLoader />
          ) : interested.isError ? (
            <SearchErrorAlert error={interested.error} />
          ) : (
            <>
              {interested.data.items.length === 0 ? <Text>{t('staff.interested.empty')}</Text> : null}
              <Stack
                component="ul"
                gap={4}
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                aria-label={t('staff.interested.title')}
              >
                {interested.data.items.map((item) => (
                  <li key={item.pseudonym}>
                    <Anchor
                      component={Link}
                      to={`/profiles/${encodeURIComponent(item.pseudonym)}`}
                      onClick={close}
                    >
                      <bdi>{item.pseudonym}</bdi>
                    </Anchor>{' '}
                    <Text span fz="sm" c="dimmed">
                      {t('staff.interested.markedAt', { date: formatDate(item.markedAt, language) })}
                    </Text>
                  </li>
                ))}
              </Stack>
              {interested.data.total > interested.data.items.length ? (
                <Text fz="sm" c="dimmed">
                  {t('staff.interested.hidden', {
                    count: interested.data.total - interested.data.items.length,
                  })}
                </Text>
              ) : null}
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
