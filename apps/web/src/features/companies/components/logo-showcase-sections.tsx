import { Alert, Badge, Button, FileInput, Group, Image, Stack, Switch, Text, Textarea } from '@mantine/core';
import { IconCheck, IconHeartHandshake, IconPhoto, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { SectionCard } from '../../../components/section-card';
import { env } from '../../../config/env';
import { useUiLanguage } from '../../../lib/i18n';
import { useSaveShowcase, useUploadLogo } from '../api/companies';
import type { CompanyResponse } from '../api/schemas';

/** Logo URLs from the API start with /api; the web app may run on another origin in development. */
export function logoSrc(logoUrl: string, version?: string): string {
  const path = logoUrl.startsWith('/api') ? `${env.apiUrl}${logoUrl.slice(4)}` : logoUrl;
  return version ? `${path}${path.includes('?') ? '&' : '?'}v=${encodeURIComponent(version)}` : path;
}

export function LogoSection({ company }: { company: CompanyResponse }) {
  const { t } = useTranslation();
  const upload = useUploadLogo(company.id);
  const [file, setFile] = useState<File | null>(null);
  return (
    <SectionCard title={t('jobs.company.logo')} icon={IconPhoto}>
      <Group gap="md" align="flex-end">
        {company.logoUrl ? (
          <Image
            src={logoSrc(company.logoUrl, company.updatedAt)}
            alt=""
            w={96}
            h={96}
            fit="contain"
            radius="md"
          />
        ) : (
          <Text c="dimmed">{t('jobs.company.logoNone')}</Text>
        )}
        <FileInput
          label={t('jobs.company.logoUpload')}
          accept="image/png,image/jpeg,image/webp"
          value={file}
          onChange={setFile}
          clearable
          miw={240}
        />
        <Button
          leftSection={<IconUpload size={16} aria-hidden="true" />}
          disabled={!file}
          loading={upload.isPending}
          onClick={() => file && upload.mutate(file, { onSuccess: () => setFile(null) })}
        >
          {t('jobs.company.save')}
        </Button>
      </Group>
      {upload.isError ? <ErrorAlert error={upload.error} /> : null}
    </SectionCard>
  );
}

export function ShowcaseSection({ company }: { company: CompanyResponse }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const save = useSaveShowcase(company.id);
  const [optIn, setOptIn] = useState(company.showcase?.optIn ?? false);
  const [story, setStory] = useState(company.showcase?.story ?? '');
  return (
    <SectionCard
      title={t('jobs.company.showcase')}
      description={t('jobs.company.showcaseText')}
      icon={IconHeartHandshake}
    >
      <Stack gap="sm">
        {company.showcase?.optIn ? (
          <Badge color={company.showcase.listed ? 'teal' : 'yellow'} variant="light" tt="none" size="lg">
            {company.showcase.listed ? t('jobs.company.showcaseListed') : t('jobs.company.showcaseWaiting')}
          </Badge>
        ) : null}
        <Switch
          label={t('jobs.company.showcaseOptIn')}
          checked={optIn}
          onChange={(e) => setOptIn(e.currentTarget.checked)}
        />
        <Textarea
          label={t('jobs.company.story')}
          value={story}
          onChange={(e) => setStory(e.currentTarget.value)}
          rows={3}
          maxLength={1000}
          disabled={!optIn}
          dir="auto"
          required={optIn}
        />
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        {save.isSuccess ? (
          <Alert color="teal" variant="light" icon={<IconCheck aria-hidden="true" />} role="status">
            {t('jobs.company.saved')}
          </Alert>
        ) : null}
        <Group>
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate({
                optIn,
                story: optIn ? story.trim() || null : null,
                storyLang: optIn && story.trim() ? (company.showcase?.storyLang ?? language) : null,
              })
            }
          >
            {t('jobs.company.save')}
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}
