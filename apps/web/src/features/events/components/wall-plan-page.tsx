import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useEvent, useSchedule, type ScheduleMeeting } from '../api';
import classes from './events.module.css';

const REFRESH_MS = 30_000;

/** /events/:id/wall (staff): every table across all rounds, and every candidate's rounds. */
export function WallPlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const event = useEvent(id);
  const schedule = useSchedule(id, true, REFRESH_MS);
  if (event.isPending || schedule.isPending) return <PageLoader />;
  if (event.isError) return <ErrorAlert error={event.error} />;
  if (schedule.isError) return <ErrorAlert error={schedule.error} />;
  const rounds = event.data.roundTimes;
  const meetings = schedule.data.meetings;
  const tables = [...new Map(meetings.map((m) => [m.firmRegistrationId, m])).values()].sort(
    (a, b) => a.tableNumber - b.tableNumber,
  );
  const candidates = [...new Map(meetings.map((m) => [m.candidateRegistrationId, m])).values()].sort((a, b) =>
    a.candidateLabel.localeCompare(b.candidateLabel),
  );
  const at = (pick: (m: ScheduleMeeting) => boolean, round: number) =>
    meetings.find((m) => pick(m) && m.round === round);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/events/${id}`} dir="auto">
        {event.data.title}
      </Anchor>
      <Title order={1}>{t('events.wall.title')}</Title>
      {meetings.length === 0 ? <Text>{t('events.schedule.none')}</Text> : null}
      {meetings.length > 0 ? (
        <>
          <Stack component="section" gap="xs" aria-labelledby="wall-by-table">
            <Title order={2} fz="h3" id="wall-by-table">
              {t('events.wall.byTable')}
            </Title>
            <Table.ScrollContainer minWidth={480}>
              <Table withTableBorder withColumnBorders verticalSpacing="xs">
                <Table.Caption className={classes.srOnly}>{t('events.wall.byTable')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('events.plan.table')}</Table.Th>
                    {rounds.map((r) => (
                      <Table.Th key={r.round}>
                        {t('events.plan.roundN', { n: r.round })}
                        <br />
                        <bdi dir="ltr">{r.startsAt}</bdi>
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tables.map((table) => (
                    <Table.Tr key={table.firmRegistrationId}>
                      <Table.Th scope="row" className={classes.wallCell}>
                        {t('events.wall.tableHeading', { n: table.tableNumber, name: table.firmName })}
                      </Table.Th>
                      {rounds.map((r) => {
                        const m = at((x) => x.firmRegistrationId === table.firmRegistrationId, r.round);
                        return (
                          <Table.Td key={r.round} className={classes.wallCell}>
                            {m ? (
                              <bdi>{m.candidateLabel}</bdi>
                            ) : (
                              <Text c="dimmed" fz="sm">
                                {t('events.wall.free')}
                              </Text>
                            )}
                            {m?.interpreterName ? (
                              <Text fz="xs">
                                {t('events.plan.interpreterNamed', { name: m.interpreterName })}
                              </Text>
                            ) : null}
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
          <Stack component="section" gap="xs" aria-labelledby="wall-by-candidate">
            <Title order={2} fz="h3" id="wall-by-candidate">
              {t('events.wall.byCandidate')}
            </Title>
            <Table.ScrollContainer minWidth={480}>
              <Table withTableBorder withColumnBorders verticalSpacing="xs">
                <Table.Caption className={classes.srOnly}>{t('events.wall.byCandidate')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('events.plan.candidate')}</Table.Th>
                    {rounds.map((r) => (
                      <Table.Th key={r.round}>{t('events.plan.roundN', { n: r.round })}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {candidates.map((c) => (
                    <Table.Tr key={c.candidateRegistrationId}>
                      <Table.Th scope="row" className={classes.wallCell}>
                        <Anchor
                          component={Link}
                          to={`/events/${id}/plans/${c.candidateRegistrationId}`}
                          className={classes.cellLink}
                        >
                          <bdi>{c.candidateLabel}</bdi>
                        </Anchor>
                      </Table.Th>
                      {rounds.map((r) => {
                        const m = at((x) => x.candidateRegistrationId === c.candidateRegistrationId, r.round);
                        return (
                          <Table.Td key={r.round} className={classes.wallCell}>
                            {m ? (
                              t('events.plan.tableN', { n: m.tableNumber })
                            ) : (
                              <Text c="dimmed" fz="sm">
                                {t('events.wall.free')}
                              </Text>
                            )}
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </>
      ) : null}
    </Stack>
  );
}
