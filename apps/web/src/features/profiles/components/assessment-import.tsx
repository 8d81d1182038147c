import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconFileUpload, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { districtToday, EVIDENCE_LEVELS, type ConceptLabels, type EvidenceLevel } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { SectionCard } from '../../../components/section-card';
import { ApiError } from '../../../lib/api-client';
import { CandidateLookup } from '../../staff/components/candidate-lookup';
import { ConceptLabel } from '../../taxonomy/components/concept-label';
import { useAttachAssessment, useCsvImport, useCsvPreview } from '../api/assessments-api';
import type { CsvPreview } from '../api/schemas';
import { ConceptPicker } from './concept-picker';
import { DateField } from '../../../components/date-field';

interface Result {
  code: string;
  labels: ConceptLabels;
  level: EvidenceLevel;
}

interface SingleAssessmentFormProps {
  candidateId: string;
  setCandidateId: (id: string) => void;
}

function SingleAssessmentForm({ candidateId, setCandidateId }: SingleAssessmentFormProps) {
  const { t } = useTranslation();
  const attach = useAttachAssessment();
  const [provider, setProvider] = useState('');
  const [procedure, setProcedure] = useState('');
  const [assessedOn, setAssessedOn] = useState('');
  const [results, setResults] = useState<Result[]>([]);
  const fieldError = (field: string) =>
    attach.error instanceof ApiError &&
    attach.error.errors?.some((e) => e.field === field || e.field.startsWith(`${field}.`))
      ? t('profiles.errors.invalid')
      : undefined;

  return (
    <SectionCard title={t('profiles.assessments.single')} description={t('profiles.assessments.singleIntro')}>
      <form
        aria-label={t('profiles.assessments.single')}
        onSubmit={(event) => {
          event.preventDefault();
          attach.mutate(
            {
              candidateId: candidateId.trim(),
              provider,
              procedure,
              assessedOn,
              results: results.map(({ code, level }) => ({ code, level })),
            },
            { onSuccess: () => setResults([]) },
          );
        }}
      >
        <Stack gap="sm">
          <TextInput
            required
            label={t('profiles.assessments.candidate')}
            value={candidateId}
            error={fieldError('candidateId')}
            onChange={(e) => setCandidateId(e.currentTarget.value)}
            dir="ltr"
          />
          <Group gap="sm" wrap="wrap" align="flex-start">
            <TextInput
              required
              flex="1 1 200px"
              label={t('profiles.assessments.provider')}
              value={provider}
              error={fieldError('provider')}
              onChange={(e) => setProvider(e.currentTarget.value)}
            />
            <TextInput
              required
              flex="1 1 200px"
              label={t('profiles.assessments.procedure')}
              placeholder="MYSKILLS"
              value={procedure}
              error={fieldError('procedure')}
              onChange={(e) => setProcedure(e.currentTarget.value)}
            />
            <DateField
              required
              label={t('profiles.assessments.date')}
              max={districtToday()}
              value={assessedOn}
              error={fieldError('assessedOn')}
              onChange={(e) => setAssessedOn(e.currentTarget.value)}
            />
          </Group>
          <ConceptPicker
            kind="skills"
            label={t('profiles.assessments.competence')}
            exclude={results.map((result) => result.code)}
            error={fieldError('results')}
            onPick={({ code, labels }) => setResults((old) => [...old, { code, labels, level: 'good' }])}
          />
          {results.map((result, index) => (
            <Group key={result.code} gap="sm" wrap="wrap" justify="space-between">
              <ConceptLabel labels={result.labels} />
              <Group gap="xs">
                <NativeSelect
                  aria-label={t('profiles.assessments.level')}
                  data={EVIDENCE_LEVELS.map((level) => ({
                    value: level,
                    label: t(`profiles.levels.${level}`),
                  }))}
                  value={result.level}
                  onChange={(event) => {
                    const level = event.currentTarget.value as EvidenceLevel;
                    setResults((old) => old.map((r, i) => (i === index ? { ...r, level } : r)));
                  }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('profiles.common.remove')}
                  onClick={() => setResults((old) => old.filter((_, i) => i !== index))}
                >
                  <IconTrash size={18} aria-hidden="true" />
                </ActionIcon>
              </Group>
            </Group>
          ))}
          {attach.isError &&
          !(attach.error instanceof ApiError && attach.error.code === 'VALIDATION_FAILED') ? (
            <ErrorAlert error={attach.error} />
          ) : null}
          {attach.isSuccess ? (
            <Alert color="teal" variant="light" role="status">
              {t('profiles.assessments.saved', { count: attach.data.evidenceIds.length })}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" disabled={results.length === 0} loading={attach.isPending}>
              {t('profiles.assessments.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}

const CSV_COLUMNS = ['candidate', 'provider', 'procedure', 'assessedOn', 'code', 'level'] as const;
function isCsvColumn(field: string): field is (typeof CSV_COLUMNS)[number] {
  return (CSV_COLUMNS as readonly string[]).includes(field);
}

function PreviewTable({ preview }: { preview: CsvPreview }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped aria-label={t('profiles.assessments.preview')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('profiles.assessments.row')}</Table.Th>
            <Table.Th>{t('profiles.assessments.candidate')}</Table.Th>
            <Table.Th>{t('profiles.assessments.competence')}</Table.Th>
            <Table.Th>{t('profiles.assessments.level')}</Table.Th>
            <Table.Th>{t('profiles.assessments.problems')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((row) => (
            <Table.Tr key={row.row} bg={row.errors.length > 0 ? 'red.0' : undefined}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td dir="ltr">{row.candidate}</Table.Td>
              <Table.Td dir="ltr">{row.code}</Table.Td>
              <Table.Td>{row.level}</Table.Td>
              <Table.Td>
                {row.errors.length === 0 ? (
                  <Badge color="teal" variant="light">
                    {t('profiles.assessments.ok')}
                  </Badge>
                ) : (
                  row.errors.map((error) => {
                    const column = error.field.split('.').pop() ?? error.field;
                    return (
                      <Text key={error.field} fz="sm" c="red.8">
                        {isCsvColumn(column)
                          ? t('staff.csv.columnError', {
                              column,
                              expected: t(`staff.csv.expected.${column}`),
                            })
                          : t('profiles.assessments.rowError', { field: column })}
                      </Text>
                    );
                  })
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CsvImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const preview = useCsvPreview();
  const importing = useCsvImport();
  const canImport =
    preview.data !== undefined &&
    preview.data.invalid === 0 &&
    preview.data.valid > 0 &&
    !importing.isSuccess;
  return (
    <SectionCard title={t('profiles.assessments.csv')} description={t('profiles.assessments.csvIntro')}>
      <Stack gap="sm">
        <Text fz="sm">{t('staff.csv.hint')}</Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <FileInput
            flex="1 1 240px"
            label={t('profiles.assessments.file')}
            accept=".csv,text/csv"
            value={file}
            leftSection={<IconFileUpload size={16} aria-hidden="true" />}
            onChange={(next) => {
              setFile(next);
              preview.reset();
              importing.reset();
              if (next) preview.mutate(next);
            }}
          />
        </Group>
        {preview.isError ? <ErrorAlert error={preview.error} /> : null}
        {preview.data ? (
          <>
            <Text fz="sm" role="status">
              {t('profiles.assessments.summary', {
                valid: t('profiles.assessments.rowsValid', { count: preview.data.valid }),
                invalid: t('profiles.assessments.rowsInvalid', { count: preview.data.invalid }),
              })}
            </Text>
            <PreviewTable preview={importing.data ?? preview.data} />
          </>
        ) : null}
        {importing.isError ? <ErrorAlert error={importing.error} /> : null}
        {importing.isSuccess ? (
          <Alert color="teal" variant="light" role="status">
            {t('profiles.assessments.imported', { count: importing.data.imported ?? importing.data.valid })}
          </Alert>
        ) : null}
        <Group>
          <Button
            leftSection={<IconUpload size={18} aria-hidden="true" />}
            disabled={!canImport || !file}
            loading={importing.isPending}
            onClick={() => file && importing.mutate(file)}
          >
            {t('profiles.assessments.import')}
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}

/** /assessments: IBA staff attach providers' results, one by one or as a CSV file. */
export function AssessmentImport() {
  const { t } = useTranslation();
  const [candidateId, setCandidateId] = useState('');
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1}>{t('profiles.assessments.title')}</Title>
        <Text c="dimmed">{t('profiles.assessments.intro')}</Text>
      </Stack>
      <CandidateLookup onPick={(candidate) => setCandidateId(candidate.id)} />
      <SingleAssessmentForm candidateId={candidateId} setCandidateId={setCandidateId} />
      <CsvImport />
    </Stack>
  );
}
