import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconMapPin, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { SectionCard } from '../../../components/section-card';
import { apiFieldErrors } from '../../../lib/form-errors';
import { useTowns } from '../../jobs/api/job-board';
import type { SiteResponse } from '../../jobs/api/schemas';
import { useDeleteSite, useSaveSite } from '../api/companies';

const SITE_FIELDS = ['label', 'street', 'postalCode', 'townAgs'] as const;

function SiteForm({
  companyId,
  site,
  onDone,
}: {
  companyId: string;
  site: SiteResponse | null;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const towns = useTowns();
  const save = useSaveSite(companyId);
  const remove = useDeleteSite(companyId);
  const [values, setValues] = useState({
    label: site?.label ?? '',
    street: site?.street ?? '',
    postalCode: site?.postalCode ?? '',
    townAgs: site?.townAgs ?? null,
    isMain: site?.isMain ?? false,
  });
  const errors = apiFieldErrors(save.error, SITE_FIELDS);
  const err = (field: (typeof SITE_FIELDS)[number]) => (errors[field] ? t(errors[field]) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        siteId: site?.id ?? null,
        site: {
          label: values.label.trim() || null,
          street: values.street.trim() || null,
          postalCode: values.postalCode.trim() || null,
          townAgs: values.townAgs,
          isMain: values.isMain,
        },
      },
      { onSuccess: () => onDone?.() },
    );
  };
  return (
    <Paper withBorder radius="md" p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('jobs.company.site.label')}
            value={values.label}
            onChange={(e) => setValues({ ...values, label: e.currentTarget.value })}
            error={err('label')}
          />
          <TextInput
            label={t('jobs.company.site.street')}
            value={values.street}
            onChange={(e) => setValues({ ...values, street: e.currentTarget.value })}
            error={err('street')}
          />
          <TextInput
            label={t('jobs.company.site.postalCode')}
            value={values.postalCode}
            onChange={(e) => setValues({ ...values, postalCode: e.currentTarget.value })}
            error={err('postalCode')}
            dir="ltr"
          />
          <Select
            label={t('jobs.company.site.town')}
            data={(towns.data ?? []).map((town) => ({ value: town.ags, label: town.name }))}
            value={values.townAgs}
            onChange={(value) => setValues({ ...values, townAgs: value })}
            error={err('townAgs')}
            searchable
          />
        </SimpleGrid>
        <Checkbox
          label={t('jobs.company.site.main')}
          checked={values.isMain}
          onChange={(e) => setValues({ ...values, isMain: e.currentTarget.checked })}
        />
        {save.isError && Object.keys(errors).length === 0 ? <ErrorAlert error={save.error} /> : null}
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        <Group gap="sm">
          <Button type="submit" size="sm" loading={save.isPending}>
            {t('jobs.company.site.save')}
          </Button>
          {site ? (
            <Button
              variant="subtle"
              color="red"
              size="sm"
              leftSection={<IconTrash size={16} aria-hidden="true" />}
              loading={remove.isPending}
              onClick={() => remove.mutate(site.id)}
            >
              {t('jobs.company.site.remove')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

export function SitesSection({ companyId, sites }: { companyId: string; sites: SiteResponse[] }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <SectionCard
      title={t('jobs.company.sites')}
      icon={IconMapPin}
      actions={
        <Button
          variant="light"
          size="sm"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={() => setAdding(true)}
        >
          {t('jobs.company.site.add')}
        </Button>
      }
    >
      <Stack gap="sm">
        {sites.map((site) => (
          <SiteForm key={`${site.id}-${site.townAgs}-${site.isMain}`} companyId={companyId} site={site} />
        ))}
        {adding ? <SiteForm companyId={companyId} site={null} onDone={() => setAdding(false)} /> : null}
      </Stack>
    </SectionCard>
  );
}
