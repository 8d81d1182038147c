import {
  Button,
  FileInput,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormError } from '../../../components/form-error';
import { useImportOffers } from '../api/companies';
import type { ImportRequest } from '../api/schemas';

/** /jobs/import: admins and IBA staff import the job agency's Jobsuche JSON and read the report. */
export function ImportPage() {
  const { t } = useTranslation();
  const run = useImportOffers();
  const [text, setText] = useState('');
  const [bad, setBad] = useState(false);

  const submit = () => {
    let body: unknown;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      body = null;
    }
    const ok =
      body !== null &&
      typeof body === 'object' &&
      Array.isArray((body as { stellenangebote?: unknown }).stellenangebote);
    setBad(!ok);
    // The pasted export of the job agency; the API checks each record and reports what it skipped.
    if (ok) run.mutate(body as ImportRequest);
  };

  const report = run.data;
  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('jobs.import.title')}</Title>
        <Text c="dimmed">{t('jobs.import.intro')}</Text>
      </Stack>
      <FileInput
        label={t('jobs.import.file')}
        accept="application/json,.json"
        onChange={(file) => {
          if (file) void file.text().then(setText);
        }}
        maw={360}
      />
      <Textarea
        label={t('jobs.import.json')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        rows={7}
        maxRows={16}
        dir="ltr"
        styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
      />
      {bad ? <FormError>{t('jobs.import.bad')}</FormError> : null}
      {run.isError ? <ErrorAlert error={run.error} /> : null}
      <Group>
        <Button
          leftSection={<IconFileImport size={18} aria-hidden="true" />}
          onClick={submit}
          loading={run.isPending}
          disabled={!text.trim()}
        >
          {t('jobs.import.run')}
        </Button>
      </Group>
      {report ? (
        <Paper withBorder radius="lg" p="md" component="section" aria-label={t('jobs.import.report')}>
          <Title order={2} fz="lg" mb="sm">
            {t('jobs.import.report')}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
            {(
              [
                ['created', report.created],
                ['updated', report.updated],
                ['unchanged', report.unchanged],
                ['companiesCreated', report.companiesCreated],
                ['unmapped', report.unmappedOccupations],
                ['skipped', report.skipped.length],
              ] as const
            ).map(([key, value]) => (
              <Stack gap={0} key={key}>
                <Text fz="xs" c="dimmed">
                  {t(`jobs.import.${key}`)}
                </Text>
                <Text fw={700} fz="xl" data-testid={`import-${key}`}>
                  {value}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
          {report.skipped.length > 0 ? (
            <List mt="md" spacing={4} aria-label={t('jobs.import.skipped')}>
              {report.skipped.map((row) => (
                <List.Item key={row.index}>
                  <span dir="ltr">
                    {t('jobs.import.skippedRow', {
                      index: row.index + 1,
                      refnr: row.refnr ?? '–',
                      reason: row.reason,
                    })}
                  </span>
                </List.Item>
              ))}
            </List>
          ) : null}
        </Paper>
      ) : null}
    </Stack>
  );
}
