import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconBriefcase, IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { Pager } from '../../../components/pager';
import { SectionCard } from '../../../components/section-card';
import stacked from '../../../components/stacked-table.module.css';
import { useMyOffers } from '../../jobs/api/offers';
import { KindBadge, OccupationLabel } from '../../jobs/components/offer-bits';
import { OfferInterestedButton } from '../../staff/components/offer-interested';
import { LISTING_LANGUAGE, UserText } from '../../../components/user-text';

const STATUS_COLOURS = { draft: 'gray', open: 'teal', filled: 'blue', closed: 'dark' } as const;

export function MyOffersSection({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const offers = useMyOffers(companyId, page);
  return (
    <SectionCard
      title={t('jobs.offers.title')}
      icon={IconBriefcase}
      actions={
        <Button
          component={Link}
          to="/company/offers/new"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
        >
          {t('jobs.offers.new')}
        </Button>
      }
    >
      {offers.isError ? <ErrorAlert error={offers.error} onRetry={() => void offers.refetch()} /> : null}
      {offers.data && offers.data.items.length === 0 ? (
        <Text c="dimmed">{t('jobs.offers.empty')}</Text>
      ) : null}
      {offers.data && offers.data.items.length > 0 ? (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={0}>
            <Table
              verticalSpacing="sm"
              aria-label={t('jobs.offers.title')}
              className={stacked.stacked}
              data-stacked-on-phone=""
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('jobs.form.title')}</Table.Th>
                  <Table.Th>{t('jobs.form.occupation')}</Table.Th>
                  <Table.Th>{t('jobs.form.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {offers.data.items.map((offer) => (
                  <Table.Tr key={offer.id}>
                    <Table.Td data-label={t('jobs.form.title')}>
                      <Stack gap={4}>
                        <Anchor component={Link} to={`/company/offers/${offer.id}`} fw={600} dir="auto">
                          <UserText lang={offer.descriptionLang} fallbackLang={LISTING_LANGUAGE}>
                            {offer.title}
                          </UserText>
                        </Anchor>
                        <Group gap={6}>
                          <KindBadge kind={offer.kind} />
                          <Button
                            component={Link}
                            to={`/offers/${offer.id}/matches`}
                            size="compact-sm"
                            variant="light"
                            leftSection={<IconUsersGroup size={14} aria-hidden="true" />}
                            aria-label={t('matchLists.offer.linkNamed', { title: offer.title })}
                          >
                            {t('matchLists.offer.link')}
                          </Button>
                          <OfferInterestedButton
                            offerId={offer.id}
                            count={offer.interestCount}
                            label={t('jobs.offers.interests', { count: offer.interestCount })}
                          />
                        </Group>
                      </Stack>
                    </Table.Td>
                    <Table.Td data-label={t('jobs.form.occupation')}>
                      <OccupationLabel occupation={offer.occupation} fw={400} />
                    </Table.Td>
                    <Table.Td data-label={t('jobs.form.status')}>
                      <Stack gap={4} align="flex-start">
                        <Badge color={STATUS_COLOURS[offer.status]} variant="light" tt="none">
                          {t(`jobs.statuses.${offer.status}`)}
                        </Badge>
                        <Text fz="xs" c="dimmed">
                          {offer.listed ? t('jobs.offers.listed') : t('jobs.offers.notListed')}
                        </Text>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={page}
            pageSize={offers.data.pageSize}
            total={offers.data.total}
            onChange={setPage}
            label={t('jobs.offers.title')}
          />
        </Stack>
      ) : null}
    </SectionCard>
  );
}
