import { Anchor, Group, Stack, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { textDirection } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useUiLanguage } from '../../../lib/i18n';
import { useOffer } from '../../jobs/api/offers';
import { OfferForm } from '../../jobs/components/offer-form';
import { useMyCompany } from '../api/companies';

/** /company/offers/new and /company/offers/:id. */
export function OfferEditPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const { offerId } = useParams();
  const id = offerId && offerId !== 'new' ? offerId : null;
  const company = useMyCompany();
  const offer = useOffer(id);
  const BackIcon = textDirection(language) === 'rtl' ? IconArrowRight : IconArrowLeft;

  const back = (
    <Anchor component={Link} to="/company" fz="sm">
      <Group gap={4} component="span">
        <BackIcon size={16} aria-hidden="true" />
        {t('jobs.offers.back')}
      </Group>
    </Anchor>
  );
  if (company.isPending || (id && offer.isPending)) return <PageLoader />;
  const error = company.error ?? offer.error;
  if (error) {
    return (
      <Stack>
        {back}
        <ErrorAlert error={error} />
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={960}>
      {back}
      <Title order={1}>{id ? t('jobs.offers.edit') : t('jobs.offers.new')}</Title>
      <OfferForm
        key={id ?? 'new'}
        offer={id ? (offer.data ?? null) : null}
        sites={company.data?.sites ?? []}
        justSaved={justCreated}
        onSaved={(saved) => {
          if (!id) void navigate(`/company/offers/${saved.id}`, { replace: true, state: { created: true } });
        }}
      />
    </Stack>
  );
}
