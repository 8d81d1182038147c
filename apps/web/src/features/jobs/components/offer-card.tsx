import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBuilding, IconLanguage, IconMapPin, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isolate } from '../../../lib/bidi';
import type { JobBoardOfferItem } from '../api/schemas';
import { GermanNeeded, KindBadge, OccupationLabel } from './offer-bits';
import classes from './jobs.module.css';
import { LISTING_LANGUAGE, UserText } from '../../../components/user-text';

export function OfferCard({ offer }: { offer: JobBoardOfferItem }) {
  const { t } = useTranslation();
  const town = offer.place?.townName ?? offer.place?.locality ?? null;
  return (
    <Paper withBorder radius="md" p="md" className={classes.card} data-offer-id={offer.id}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <span className={classes.occupation}>
          <OccupationLabel occupation={offer.occupation} />
        </span>
        <KindBadge kind={offer.kind} />
      </Group>
      <Anchor component={Link} to={`/jobs/${offer.id}`} className={classes.title} fw={700} fz="lg" dir="auto">
        <UserText lang={LISTING_LANGUAGE}>{offer.title}</UserText>
      </Anchor>
      <Stack gap={4} className={classes.meta}>
        <span className={classes.metaItem}>
          <IconBuilding size={16} aria-hidden="true" />
          <Text component="span" fz="sm">
            <UserText lang={LISTING_LANGUAGE}>{offer.company.name}</UserText>
          </Text>
        </span>
        {town ? (
          <span className={classes.metaItem}>
            <IconMapPin size={16} aria-hidden="true" />
            <Text component="span" fz="sm">
              <UserText lang={LISTING_LANGUAGE}>{town}</UserText>
            </Text>
          </span>
        ) : null}
        {offer.distanceKm !== null ? (
          <span className={classes.metaItem}>
            <IconRoute size={16} aria-hidden="true" />
            <Text component="span" fz="sm">
              {t('jobs.offer.distance', { km: isolate(String(Math.round(offer.distanceKm))) })}
            </Text>
          </span>
        ) : null}
        <span className={classes.metaItem}>
          <IconLanguage size={16} aria-hidden="true" />
          <Text component="span" fz="sm">
            {t('jobs.offer.german')}: <GermanNeeded minimum={offer.germanMinimum} />
          </Text>
        </span>
      </Stack>
    </Paper>
  );
}
