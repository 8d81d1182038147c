import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { OCCUPATIONAL_FIELD_NAMES, OCCUPATIONAL_FIELDS, type OccupationalField } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useUiLanguage } from '../../../lib/i18n';
import { useTownOptions } from '../../staff/api/towns';
import {
  useDistrictReport,
  useDownloadDistrictCsv,
  type DistrictReport,
  type ReportFilters,
  type ReportGrouping,
  type ReportMeasure,
} from '../api/district-report';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const BAR_COLOURS = ['#1c7ed6'];

function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

function defaultFilters(): ReportFilters {
  const now = new Date();
  return {
    groupBy: 'month',
    from: monthOf(new Date(now.getFullYear(), now.getMonth() - 11, 1)),
    to: monthOf(now),
    town: null,
    occupationalField: null,
  };
}

/** /reports (coordinators, IBA staff, admins): the district report with filters, chart, table and CSV. */
export function DistrictReportPage() {
  const { t, i18n } = useTranslation();
  const language = useUiLanguage();
  const rtl = i18n.dir() === 'rtl';
  const [filters, setFilters] = useState<ReportFilters>(defaultFilters);
  const [months, setMonths] = useState({ from: filters.from, to: filters.to });
  const report = useDistrictReport(filters);
  const [chartMeasure, setChartMeasure] = useState<ReportMeasure>('publishedProfiles');
  const download = useDownloadDistrictCsv();
  const towns = useTownOptions();
  const number = new Intl.NumberFormat(language);

  const setMonth = (key: 'from' | 'to', value: string) => {
    setMonths((m) => ({ ...m, [key]: value }));
    if (MONTH.test(value)) setFilters((f) => ({ ...f, [key]: value }));
  };
  const townName = new Map((towns.data ?? []).map((town) => [town.ags, town.name]));
  const rowLabel = (data: DistrictReport, row: DistrictReport['rows'][number]): string => {
    if (data.groupBy === 'month')
      return row.key
        ? new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric' }).format(
            new Date(`${row.key}-15T12:00:00Z`),
          )
        : '';
    if (data.groupBy === 'town')
      return row.key ? (row.label ?? townName.get(row.key) ?? row.key) : t('reports.noTown');
    return row.key ? OCCUPATIONAL_FIELD_NAMES[row.key as OccupationalField][language] : t('reports.noField');
  };
  // "<5" must read left to right in Arabic and Persian too (else it shows as "5>").
  const cell = (value: number | null) => (
    <bdi dir="ltr">{value === null ? t('reports.suppressed') : number.format(value)}</bdi>
  );

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1}>{t('reports.title')}</Title>
        <Text c="dimmed">{t('reports.intro')}</Text>
      </Stack>
      <Paper component="section" withBorder radius="lg" p="md" aria-label={t('reports.filters')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
          <Select
            label={t('reports.groupBy')}
            data={(['month', 'town', 'field'] as const).map((g) => ({
              value: g,
              label: t(`reports.groupings.${g}`),
            }))}
            value={filters.groupBy}
            allowDeselect={false}
            onChange={(value) => value && setFilters((f) => ({ ...f, groupBy: value as ReportGrouping }))}
          />
          <TextInput
            type="month"
            label={t('reports.from')}
            value={months.from}
            onChange={(event) => setMonth('from', event.currentTarget.value)}
            dir="ltr"
          />
          <TextInput
            type="month"
            label={t('reports.to')}
            value={months.to}
            onChange={(event) => setMonth('to', event.currentTarget.value)}
            dir="ltr"
          />
          <Select
            label={t('reports.town')}
            placeholder={t('reports.allTowns')}
            data={(towns.data ?? []).map((town) => ({ value: town.ags, label: town.name }))}
            value={filters.town}
            clearable
            searchable
            onChange={(value) => setFilters((f) => ({ ...f, town: value }))}
          />
          <Select
            label={t('reports.field')}
            placeholder={t('reports.allFields')}
            data={OCCUPATIONAL_FIELDS.map((field) => ({
              value: field,
              label: OCCUPATIONAL_FIELD_NAMES[field][language],
            }))}
            value={filters.occupationalField}
            clearable
            onChange={(value) =>
              setFilters((f) => ({ ...f, occupationalField: (value as OccupationalField | null) ?? null }))
            }
          />
        </SimpleGrid>
      </Paper>
      {download.isError ? <ErrorAlert error={download.error} /> : null}
      {report.isPending ? (
        <PageLoader />
      ) : report.isError ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text fz="sm">{t('reports.suppressedHelp')}</Text>
            <Button
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden="true" />}
              loading={download.isPending}
              onClick={() => download.mutate(filters)}
            >
              {t('reports.download')}
            </Button>
          </Group>
          <Paper component="figure" withBorder radius="lg" p="md" m={0}>
            <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm" mb="xs">
              <Title order={2} fz="h4">
                {t('reports.chartTitle')}
              </Title>
              <Select
                label={t('reports.chartMeasure')}
                data={report.data.measures.map((m) => ({ value: m, label: t(`reports.measures.${m}`) }))}
                value={chartMeasure}
                allowDeselect={false}
                onChange={(value) => value && setChartMeasure(value as ReportMeasure)}
                w={260}
              />
            </Group>
            {/* The chart repeats the table below, which is its text alternative. */}
            <div aria-hidden="true" style={{ width: '100%', height: 320 }}>
              <ResponsiveContainer width="100%" height="100%">
                <BarChart
                  data={report.data.rows.map((row) => ({
                    label: rowLabel(report.data, row),
                    [chartMeasure]: row.values[chartMeasure] ?? 0,
                  }))}
                  margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
                  accessibilityLayer={false}
                >
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="label" reversed={rtl} interval="preserveStartEnd" tick={{ fontSize: 12 }} />
                  <YAxis orientation={rtl ? 'right' : 'left'} allowDecimals={false} tick={{ fontSize: 12 }} />
                  <Tooltip />
                  <Legend />
                  <Bar
                    dataKey={chartMeasure}
                    name={t(`reports.measures.${chartMeasure}`)}
                    fill={BAR_COLOURS[0]}
                  />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <Text component="figcaption" fz="sm" c="dimmed" mt="xs">
              {t('reports.chartAlt')}
            </Text>
          </Paper>
          <Table.ScrollContainer minWidth={1100}>
            <Table striped withTableBorder>
              <Table.Caption>
                {t('reports.tableCaption', {
                  from: report.data.from,
                  to: report.data.to,
                  grouping: t(`reports.groupings.${report.data.groupBy}`),
                })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t(`reports.groupings.${report.data.groupBy}`)}</Table.Th>
                  {report.data.measures.map((m) => (
                    <Table.Th key={m} scope="col" ta="end">
                      {t(`reports.measures.${m}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.data.rows.map((row) => (
                  <Table.Tr key={row.key ?? 'none'}>
                    <Table.Th scope="row" fw={400}>
                      <bdi>{rowLabel(report.data, row)}</bdi>
                    </Table.Th>
                    {report.data.measures.map((m) => (
                      <Table.Td key={m} ta="end">
                        {cell(row.values[m])}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('reports.total')}</Table.Th>
                  {report.data.measures.map((m) => (
                    <Table.Td key={m} ta="end" fw={700}>
                      {cell(report.data.totals[m])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
