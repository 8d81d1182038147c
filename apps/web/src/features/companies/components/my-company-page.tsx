import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { ApiError } from '../../../lib/api-client';
import { useMyCompany } from '../api/companies';
import { CompanyProfileSection } from './company-profile-section';
import { LogoSection, ShowcaseSection } from './logo-showcase-sections';
import { MyOffersSection } from './my-offers-section';
import { SitesSection } from './sites-section';
import { LISTING_LANGUAGE, UserText } from '../../../components/user-text';

/** /company: the employer's company profile, sites, logo, showcase entry and offers. */
export function MyCompanyPage() {
  const { t } = useTranslation();
  const company = useMyCompany();
  if (company.isPending) return <PageLoader />;
  if (company.isError) {
    return company.error instanceof ApiError && company.error.statusCode === 404 ? (
      <Alert color="orange">{t('jobs.company.none')}</Alert>
    ) : (
      <ErrorAlert error={company.error} onRetry={() => void company.refetch()} />
    );
  }
  const c = company.data;
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1}>{t('jobs.company.title')}</Title>
        <Text c="dimmed">
          <UserText lang={LISTING_LANGUAGE}>{c.name}</UserText>
        </Text>
      </Stack>
      <MyOffersSection companyId={c.id} />
      <CompanyProfileSection key={c.updatedAt} company={c} />
      <SitesSection companyId={c.id} sites={c.sites} />
      <LogoSection company={c} />
      <ShowcaseSection key={`showcase-${c.showcase?.changedAt ?? ''}`} company={c} />
    </Stack>
  );
}
