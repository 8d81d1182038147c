import { Badge, Group, Loader, Paper, Stack, Stepper, Switch, Text, Title, Button } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textDirection } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { errorMessageKey } from '../../../lib/error-message';
import { focusFirstInvalid } from '../../../lib/focus-invalid';
import { useSession } from '../../auth/session/session-context';
import { useUiLanguage } from '../../../lib/i18n';
import { profileQueryKey, saveProfile, useProfile } from '../api/profile-api';
import type { Profile } from '../api/schemas';
import { draftFromProfile, draftToBody } from '../model/draft';
import { stepsWithErrors, WIZARD_STEPS, type WizardStep } from '../model/field-errors';
import { useAutosave, type SaveStatus } from '../model/use-autosave';
import { BilingualContext, useBi } from './bilingual';
import { ReviewStep } from './review-step';
import { CompetencesStep } from './step-competences';
import type { WizardMode } from './step-props';
import { LanguagesStep, SkillsStep } from './steps-languages';
import { ExperienceStep, MobilityStep, WishesStep } from './steps-more';

export interface ProfileWizardProps {
  candidateId: string;
  mode: WizardMode;
}

/** Loads the profile, then shows the wizard with the server's state as the first draft. */
export function ProfileWizard({ candidateId, mode }: ProfileWizardProps) {
  const profile = useProfile(candidateId);
  if (profile.isPending) return <PageLoader />;
  if (profile.isError) return <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  return <Wizard profile={profile.data} mode={mode} />;
}

function SaveState({ status, error }: { status: SaveStatus; error: unknown }) {
  const { t } = useTranslation();
  if (status === 'saving' || status === 'pending') {
    return (
      <Group gap={6} role="status" aria-live="polite">
        <Loader size={14} />
        <Text fz="sm" c="dimmed">
          {t('profiles.save.saving')}
        </Text>
      </Group>
    );
  }
  if (status === 'saved') {
    return (
      <Group gap={6} role="status" aria-live="polite">
        <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden="true" />
        <Text fz="sm" c="teal.8">
          {t('profiles.save.saved')}
        </Text>
      </Group>
    );
  }
  if (status === 'error') {
    return (
      <Group gap={6} role="alert">
        <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden="true" />
        <Text fz="sm" c="red.8">
          {t('profiles.save.failed')} {t(errorMessageKey(error))}
        </Text>
      </Group>
    );
  }
  return (
    <Text fz="sm" c="dimmed" role="status">
      {t('profiles.save.idle')}
    </Text>
  );
}

function Wizard({ profile, mode }: { profile: Profile; mode: WizardMode }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const [bilingual, setBilingual] = useState(false);
  const [active, setActive] = useState(0);
  const candidateId = profile.candidateId;
  const session = useSession();
  const autosave = useAutosave({
    initial: draftFromProfile(profile, session.account?.accountId ?? null),
    save: (draft) => saveProfile(candidateId, draftToBody(draft)),
    onSaved: (saved) => queryClient.setQueryData(profileQueryKey(candidateId), saved),
  });
  const { draft, update, flush, status, error, fieldErrors } = autosave;
  const live = useProfile(candidateId);
  const current = live.data ?? profile;
  const withErrors = stepsWithErrors(fieldErrors);

  const wizardRef = useRef<HTMLDivElement>(null);
  // Set by a step change: the new step's heading takes focus once it is shown (not on the first load).
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const heading = wizardRef.current?.querySelector<HTMLElement>(
      `[data-step-heading="${WIZARD_STEPS[active]}"]`,
    );
    if (!heading) return;
    // Focus stays visible: the heading is scrolled to the top instead of the page, and the "Next"
    // button that disappears on the last step never holds the focus.
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  }, [active]);

  const go = (index: number) => {
    const target = Math.max(0, Math.min(WIZARD_STEPS.length - 1, index));
    // "Next" on a step whose fields the last save refused stays there, on the first refused field.
    if (target > active && withErrors.has(WIZARD_STEPS[active]!)) {
      focusFirstInvalid(wizardRef.current);
      return;
    }
    void flush();
    if (target === active) return;
    moved.current = true;
    setActive(target);
  };
  const stepProps = { draft, update, errors: fieldErrors, mode, notices: current.employerNotices };
  const body = (step: WizardStep) => {
    switch (step) {
      case 'languages':
        return <LanguagesStep {...stepProps} />;
      case 'skills':
        return <SkillsStep {...stepProps} />;
      case 'competences':
        return <CompetencesStep {...stepProps} />;
      case 'experience':
        return <ExperienceStep {...stepProps} />;
      case 'wishes':
        return <WishesStep {...stepProps} />;
      case 'mobility':
        return <MobilityStep {...stepProps} />;
      case 'review':
        return <ReviewStep profile={current} mode={mode} flush={flush} />;
    }
  };

  return (
    <BilingualContext.Provider value={bilingual}>
      <Stack gap="md" ref={wizardRef}>
        <Stack gap={4}>
          <Title order={1}>
            {mode === 'mentor'
              ? t('profiles.wizard.titleFor', { name: `${profile.givenName} ${profile.familyName}` })
              : t('profiles.wizard.title')}
          </Title>
          <Text c="dimmed">
            {mode === 'mentor' ? t('profiles.wizard.introMentor') : t('profiles.wizard.intro')}
          </Text>
        </Stack>
        <Paper withBorder radius="md" p="sm">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <SaveState status={status} error={error} />
            {language !== 'de' ? (
              <Switch
                checked={bilingual}
                onChange={(event) => setBilingual(event.currentTarget.checked)}
                label={t('profiles.wizard.bilingual')}
              />
            ) : null}
          </Group>
        </Paper>
        <Stepper
          active={active}
          onStepClick={go}
          size={isPhone ? 'xs' : 'sm'}
          iconSize={isPhone ? 28 : undefined}
          // Seven labels beside their icons leave the connectors as dashes (Arabic at 1280 px): the labels
          // stand below the icons, and the connectors keep a visible length.
          labelPosition={isPhone ? undefined : 'bottom'}
          styles={
            isPhone
              ? { separator: { marginInline: 4, minWidth: 6 } }
              : { separator: { minWidth: 24 }, stepLabel: { textAlign: 'center' } }
          }
          allowNextStepsSelect
        >
          {WIZARD_STEPS.map((step, index) => (
            <Stepper.Step
              key={step}
              aria-current={index === active ? 'step' : undefined}
              // Phones show the numbers only; the step's name stands above its content.
              label={isPhone ? undefined : <StepLabel step={step} />}
              aria-label={isPhone ? t(`profiles.steps.${step}`) : undefined}
              color={withErrors.has(step) ? 'red' : undefined}
              icon={withErrors.has(step) ? <IconAlertTriangle size={16} aria-hidden="true" /> : undefined}
            >
              <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }} mt="sm">
                <Stack gap="md">
                  <Stack gap={2}>
                    <Text fz="sm" c="dimmed">
                      {t('profiles.wizard.stepOf', {
                        step: WIZARD_STEPS.indexOf(step) + 1,
                        steps: WIZARD_STEPS.length,
                      })}
                    </Text>
                    <Title
                      order={2}
                      fz="h3"
                      tabIndex={-1}
                      data-step-heading={step}
                      style={{ scrollMarginTop: 'var(--mantine-spacing-md)' }}
                    >
                      <StepLabel step={step} />
                    </Title>
                  </Stack>
                  {body(step)}
                </Stack>
              </Paper>
            </Stepper.Step>
          ))}
        </Stepper>
        <Group justify="space-between">
          <Button
            variant="default"
            disabled={active === 0}
            leftSection={
              textDirection(language) === 'rtl' ? (
                <IconArrowRight size={18} aria-hidden="true" />
              ) : (
                <IconArrowLeft size={18} aria-hidden="true" />
              )
            }
            onClick={() => go(active - 1)}
          >
            {t('profiles.wizard.back')}
          </Button>
          {active < WIZARD_STEPS.length - 1 ? (
            <Button
              rightSection={
                textDirection(language) === 'rtl' ? (
                  <IconArrowLeft size={18} aria-hidden="true" />
                ) : (
                  <IconArrowRight size={18} aria-hidden="true" />
                )
              }
              onClick={() => go(active + 1)}
            >
              {t('profiles.wizard.next')}
            </Button>
          ) : null}
        </Group>
        {withErrors.size > 0 ? (
          <Badge color="red" variant="light">
            {t('profiles.save.fieldErrors')}
          </Badge>
        ) : null}
      </Stack>
    </BilingualContext.Provider>
  );
}

function StepLabel({ step }: { step: WizardStep }) {
  const bi = useBi();
  return <>{bi(`profiles.steps.${step}`)}</>;
}
