import { Box, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useId } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { textDirection, type UiLanguage } from '@passgenau/domain';
import { DataList } from '../../../components/data-list';
import { isolate } from '../../../lib/bidi';
import { formatDate } from '../../../lib/format';
import type { CreatedCandidate } from '../api/create-candidate';
import classes from './access-card.module.css';

export interface AccessCardProps {
  created: CreatedCandidate;
  candidateName: string;
  /** The candidate's language: the card speaks it, whatever the mentor's screen shows. */
  language: UiLanguage;
  onDone: () => void;
}

/** The printed first-sign-in card for a candidate without e-mail; the code is shown only this once. */
export function AccessCard({ created, candidateName, language, onDone }: AccessCardProps) {
  const { t } = useTranslation();
  const titleId = useId();

  return (
    <Stack gap="md">
      <Text fw={600} role="status">
        {t('mentor.card.handOver', { name: isolate(candidateName) })}
      </Text>
      <Box component="section" aria-labelledby={titleId} className={classes.card}>
        <CardContent
          created={created}
          candidateName={candidateName}
          language={language}
          titleId={titleId}
          marked
        />
      </Box>
      <Group gap="sm">
        <Button
          size="md"
          leftSection={<IconPrinter size={18} aria-hidden="true" />}
          onClick={() => window.print()}
        >
          {t('mentor.card.print')}
        </Button>
        <Button size="md" variant="default" onClick={onDone}>
          {t('mentor.card.done')}
        </Button>
      </Group>
      {/* Paper gets only the card: the print style hides the app and shows this copy at the top of the page. */}
      {createPortal(
        <div className={classes.printRoot} aria-hidden="true">
          <div className={classes.card}>
            <CardContent created={created} candidateName={candidateName} language={language} />
          </div>
        </div>,
        document.body,
      )}
    </Stack>
  );
}

interface CardContentProps {
  created: CreatedCandidate;
  candidateName: string;
  language: UiLanguage;
  titleId?: string;
  /** Marks the values for page objects (data-value); only the copy on screen. */
  marked?: boolean;
}

function CardContent({ created, candidateName, language, titleId, marked = false }: CardContentProps) {
  const { i18n } = useTranslation();
  const tc = i18n.getFixedT(language);
  // The server's PUBLIC_URL, as in invitation links: the app may be open under another address.
  const address = created.signInUrl;
  const name = (value: string) => (marked ? value : undefined);
  return (
    <Stack gap="md" lang={language} dir={textDirection(language)}>
      <Stack gap={2}>
        <Text fz="sm" fw={700} c="cyan.9">
          <span lang="de" dir="ltr">
            Passgenau
          </span>
        </Text>
        <Title order={3} id={titleId} fz="xl">
          {tc('mentor.card.title')}
        </Title>
        <Text>{tc('mentor.card.for', { name: isolate(candidateName) })}</Text>
      </Stack>
      <DataList
        items={[
          { label: tc('mentor.card.address'), value: address, ltr: true, name: name('address') },
          {
            label: tc('mentor.card.loginName'),
            value: created.loginName,
            ltr: true,
            name: name('login-name'),
          },
          {
            label: tc('mentor.card.code'),
            value: <span className={classes.code}>{created.accessCode}</span>,
            ltr: true,
            name: name('access-code'),
          },
          {
            label: tc('mentor.card.validUntil'),
            value: formatDate(created.accessCodeExpiresAt, language),
            name: name('valid-until'),
          },
        ]}
      />
      <List type="ordered" spacing={4}>
        <List.Item>{tc('mentor.card.step1')}</List.Item>
        <List.Item>{tc('mentor.card.step2')}</List.Item>
        <List.Item>{tc('mentor.card.step3')}</List.Item>
      </List>
      <Text fz="sm" fw={600}>
        {tc('mentor.card.keepSafe')}
      </Text>
    </Stack>
  );
}
