import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import { useMyFairGroup, useMyFairPlan, type CandidateFairPlan, type MentorGroupPlan } from '../api';

type Offer = CandidateFairPlan['items'][number]['offers'][number];

function Reasons({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const e = offer.explanation;
  const reasons: string[] = [];
  if (e.wishes.occupation === 'occupation') reasons.push(t('openHouse.fair.reasons.occupation'));
  else if (e.wishes.occupation === 'field') reasons.push(t('openHouse.fair.reasons.field'));
  const covered = e.required.covered.length + e.niceToHave.covered.length;
  if (covered > 0) reasons.push(t('openHouse.fair.reasons.competences', { count: covered }));
  if (e.language.fit === 'meets') reasons.push(t('openHouse.fair.reasons.german'));
  if (reasons.length === 0) return null;
  return (
    <Text fz="sm">
      {t('openHouse.fair.why')}: {reasons.join(' · ')}
    </Text>
  );
}

/** One young person's fair plan: the fitting exhibitors in booth order, each with why it fits. */
export function FairPlanCard({ plan, headingOrder = 3 }: { plan: CandidateFairPlan; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={plan.pseudonym ?? undefined}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={headingOrder} fz="h4">
            <bdi>{plan.pseudonym ?? ''}</bdi>
          </Title>
          {plan.mentorName ? (
            <Text fz="sm" dir="auto">
              {t('openHouse.fair.mentor')}: {plan.mentorName}
            </Text>
          ) : null}
        </Group>
        {plan.items.length === 0 ? (
          <Text c="dimmed">{t('openHouse.fair.noPlan')}</Text>
        ) : (
          <Stack component="ol" gap="xs" m={0} ps="md">
            {plan.items.map((item) => (
              <li key={item.exhibitor} data-booth={item.booth}>
                <Group gap="xs" wrap="wrap">
                  <Badge variant="filled" color="blue">
                    {t('openHouse.fair.boothNumber', { booth: item.booth })}
                  </Badge>
                  <Text fw={600} dir="auto">
                    {item.name}
                  </Text>
                  <Text fz="sm">{t('openHouse.fair.fit', { percent: Math.round(item.score * 100) })}</Text>
                </Group>
                {item.offers.slice(0, 2).map((offer, i) => (
                  <Stack key={i} gap={0} ps="xs">
                    <Text fz="sm" dir="auto">
                      {offer.title}
                    </Text>
                    <Reasons offer={offer} />
                  </Stack>
                ))}
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** A fair mentor's group: the group's walk in booth order and each young person's plan. */
export function GroupPlans({ group, headingOrder = 2 }: { group: MentorGroupPlan; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={headingOrder} fz="h3" dir="auto">
        {t('openHouse.fair.groupOf', { name: group.mentorName })}
      </Title>
      {group.booths.length > 0 ? (
        <Paper withBorder p="sm" radius="md" component="section" aria-label={t('openHouse.fair.walk')}>
          <Text fw={600}>{t('openHouse.fair.walk')}</Text>
          <Stack component="ol" gap={4} m={0} ps="md">
            {group.booths.map((b) => (
              <li key={b.booth}>
                <Text>
                  {t('openHouse.fair.boothNumber', { booth: b.booth })} · <bdi>{b.name}</bdi> —{' '}
                  {t('openHouse.fair.who', { names: b.candidates.join(', ') })}
                </Text>
              </li>
            ))}
          </Stack>
        </Paper>
      ) : null}
      {group.plans.map((plan) => (
        <FairPlanCard key={plan.candidateId} plan={plan} headingOrder={headingOrder === 2 ? 3 : 3} />
      ))}
    </Stack>
  );
}

/** /open-house/fairs/:fairId/group (fair mentors): my group's plans. */
export function MyFairGroupPage({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const group = useMyFairGroup(fairId);
  if (group.isPending) return <PageLoader />;
  if (group.isError)
    return (
      <Stack gap="md">
        <Title order={1}>{t('openHouse.fair.myGroup')}</Title>
        <ErrorAlert error={group.error} />
      </Stack>
    );
  return (
    <Stack gap="lg" maw={720}>
      <Stack gap={4}>
        <Title order={1}>{t('openHouse.fair.myGroup')}</Title>
        <Text fw={600}>
          <bdi>{group.data.fair.title}</bdi> · {formatDate(group.data.fair.date, language)} ·{' '}
          <bdi>{group.data.fair.venue}</bdi>
        </Text>
      </Stack>
      <GroupPlans group={group.data.group} />
    </Stack>
  );
}

/** /open-house/fairs/:fairId/plan (candidates): my plan for the fair. */
export function MyFairPlanPage({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const plan = useMyFairPlan(fairId);
  if (plan.isPending) return <PageLoader />;
  if (plan.isError)
    return (
      <Stack gap="md">
        <Title order={1}>{t('openHouse.fair.myPlan')}</Title>
        <ErrorAlert error={plan.error} />
      </Stack>
    );
  return (
    <Stack gap="lg" maw={720}>
      <Stack gap={4}>
        <Title order={1}>{t('openHouse.fair.myPlan')}</Title>
        <Text fw={600}>
          <bdi>{plan.data.fair.title}</bdi> · {formatDate(plan.data.fair.date, language)} ·{' '}
          <bdi>{plan.data.fair.venue}</bdi>
        </Text>
      </Stack>
      <FairPlanCard plan={plan.data.plan} headingOrder={2} />
    </Stack>
  );
}
