import { Anchor, Badge, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { WZ_SECTIONS } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { Pager } from '../../../components/pager';
import { useUiLanguage } from '../../../lib/i18n';
import classes from '../../jobs/components/jobs.module.css';
import { useShowcase } from '../api/companies';
import { logoSrc } from './logo-showcase-sections';
import { LISTING_LANGUAGE, UserText } from '../../../components/user-text';

/** /showcase: firms that employ or train refugees and agreed to be listed (plan 2.5). */
export function ShowcasePage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [page, setPage] = useState(1);
  const showcase = useShowcase(page);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('jobs.showcase.title')}</Title>
        <Text c="dimmed">{t('jobs.showcase.intro')}</Text>
      </Stack>
      {showcase.isPending ? <PageLoader /> : null}
      {showcase.isError ? (
        <ErrorAlert error={showcase.error} onRetry={() => void showcase.refetch()} />
      ) : null}
      {showcase.data && showcase.data.items.length === 0 ? (
        <Text c="dimmed">{t('jobs.showcase.empty')}</Text>
      ) : null}
      {showcase.data && showcase.data.items.length > 0 ? (
        <ul className={classes.grid} aria-label={t('jobs.showcase.title')}>
          {showcase.data.items.map((firm) => {
            const sector = WZ_SECTIONS.find((section) => section.code === firm.wzSection);
            return (
              <li key={firm.companyId}>
                <Paper withBorder radius="md" p="md" className={classes.card}>
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    {firm.logoUrl ? (
                      <Image src={logoSrc(firm.logoUrl)} alt="" className={classes.logo} />
                    ) : null}
                    <Stack gap={2} miw={0}>
                      <Title order={2} fz="lg" dir="auto" className={classes.title}>
                        <UserText lang={LISTING_LANGUAGE}>{firm.name}</UserText>
                      </Title>
                      {sector ? (
                        <Text fz="sm" c="dimmed">
                          {sector.names[language]}
                        </Text>
                      ) : null}
                    </Stack>
                  </Group>
                  {firm.towns.length > 0 ? (
                    <span className={classes.metaItem}>
                      <IconMapPin size={16} aria-hidden="true" />
                      <Text component="span" fz="sm">
                        <UserText lang={LISTING_LANGUAGE}>
                          {firm.towns.map((town) => town.name).join(', ')}
                        </UserText>
                      </Text>
                    </span>
                  ) : null}
                  <Text component="div" fz="sm">
                    <UserText component="div" lang={firm.storyLang}>
                      {firm.story}
                    </UserText>
                  </Text>
                  <Group gap="xs" mt="auto">
                    {firm.openOfferCount > 0 ? (
                      <Badge variant="light" tt="none">
                        {t('jobs.showcase.openOffers', { count: firm.openOfferCount })}
                      </Badge>
                    ) : null}
                    {firm.website ? (
                      <Anchor href={firm.website} target="_blank" rel="noopener noreferrer" fz="sm" dir="ltr">
                        {t('jobs.offer.website')}
                      </Anchor>
                    ) : null}
                    <Anchor component={Link} to={`/jobs?q=${encodeURIComponent(firm.name)}`} fz="sm">
                      {t('jobs.nav.jobs')}
                    </Anchor>
                  </Group>
                </Paper>
              </li>
            );
          })}
        </ul>
      ) : null}
      {showcase.data ? (
        <Pager
          page={page}
          pageSize={showcase.data.pageSize}
          total={showcase.data.total}
          onChange={setPage}
          label={t('jobs.showcase.title')}
        />
      ) : null}
    </Stack>
  );
}
