import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconBuildingFactory2,
  IconClock,
  IconHash,
  IconLanguage,
  IconRefresh,
  IconTable,
  IconUser,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import stacked from '../../../components/stacked-table.module.css';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { usePlan, type Plan } from '../api';
import classes from './events.module.css';

/** Plans refresh themselves on the day: a re-plan shows up without reloading. */
const REFRESH_MS = 30_000;

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <div className={classes.planFact}>
      <ThemeIcon size={44} radius="xl" variant="light" aria-hidden="true">
        {icon}
      </ThemeIcon>
      <span>
        <span className={classes.srOnly}>{label}: </span>
        {children}
      </span>
    </div>
  );
}

/** The candidate's plan: one large card per round with icons for round, time, table and firm. */
function CandidatePlan({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {plan.entries.map((entry) => (
        <Paper component="li" key={entry.round} withBorder radius="lg" p="lg" className={classes.planCard}>
          <Stack gap="sm">
            <Fact icon={<IconHash size={26} />} label={t('events.plan.round')}>
              <strong>{t('events.plan.roundN', { n: entry.round })}</strong>
            </Fact>
            <Fact icon={<IconClock size={26} />} label={t('events.plan.time')}>
              <bdi dir="ltr">
                {entry.startsAt}–{entry.endsAt}
              </bdi>
            </Fact>
            <Fact icon={<IconTable size={26} />} label={t('events.plan.table')}>
              {t('events.plan.tableN', { n: entry.tableNumber })}
            </Fact>
            <Fact icon={<IconBuildingFactory2 size={26} />} label={t('events.plan.firm')}>
              <bdi>{entry.with}</bdi>
            </Fact>
            {entry.interpreterName ? (
              <Fact icon={<IconLanguage size={26} />} label={t('events.plan.interpreter')}>
                {t('events.plan.interpreterNamed', { name: entry.interpreterName })}
              </Fact>
            ) : null}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** A table's plan: round, time, the candidate (pseudonym or allowed first name), interpreter. */
function TablePlan({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table verticalSpacing="sm" fz="md" className={stacked.stacked} data-stacked-on-phone="">
        <Table.Caption className={classes.srOnly}>
          {t('events.plan.tableTitle', { n: plan.tableNumber })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('events.plan.round')}</Table.Th>
            <Table.Th>{t('events.plan.time')}</Table.Th>
            <Table.Th>{t('events.plan.candidate')}</Table.Th>
            <Table.Th>{t('events.plan.interpreter')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.entries.map((entry) => (
            <Table.Tr key={entry.round}>
              <Table.Td data-label={t('events.plan.round')}>{entry.round}</Table.Td>
              <Table.Td data-label={t('events.plan.time')}>
                <bdi dir="ltr">
                  {entry.startsAt}–{entry.endsAt}
                </bdi>
              </Table.Td>
              <Table.Td data-label={t('events.plan.candidate')}>
                <Group gap={6} wrap="nowrap">
                  <IconUser size={18} aria-hidden="true" />
                  <bdi>{entry.with}</bdi>
                </Group>
              </Table.Td>
              <Table.Td data-label={t('events.plan.interpreter')}>{entry.interpreterName ?? '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** /events/:id/plans/:registrationId: a candidate's or a table's plan (the API decides who may see it). */
export function PlanPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { id = '', registrationId = '' } = useParams();
  const plan = usePlan(id, registrationId, REFRESH_MS);
  if (plan.isPending) return <PageLoader />;
  if (plan.isError) return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const firm = p.kind === 'firm';
  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to={`/events/${id}`} dir="auto">
        {p.eventTitle}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>
          {firm ? t('events.plan.tableTitle', { n: p.tableNumber }) : t('events.plan.title')}
        </Title>
        <Text fz="lg" dir="auto">
          {p.name}
        </Text>
        <Text fz="lg">
          {formatDate(p.day, language)}
          {p.venue ? ` · ${p.venue}` : ''}
        </Text>
      </Stack>
      <Paper withBorder radius="lg" p="md">
        <Stack gap={4} align="flex-start">
          <Text fz="lg">{t('events.plan.code')}</Text>
          <Text className={classes.code} fw={700}>
            {p.code}
          </Text>
        </Stack>
      </Paper>
      {!p.published ? (
        <Alert color="blue" variant="light">
          {t('events.plan.notPublished')}
        </Alert>
      ) : null}
      {p.published || p.entries.length > 0 ? (
        p.entries.length === 0 ? (
          <Text fz="lg">{t('events.plan.empty')}</Text>
        ) : firm ? (
          <TablePlan plan={p} />
        ) : (
          <CandidatePlan plan={p} />
        )
      ) : null}
      <Group>
        <Button
          variant="default"
          leftSection={<IconRefresh size={18} aria-hidden="true" />}
          loading={plan.isFetching}
          onClick={() => void plan.refetch()}
        >
          {t('events.plan.refresh')}
        </Button>
      </Group>
    </Stack>
  );
}
