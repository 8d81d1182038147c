import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertCircle, IconMail } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../auth/session/session-context';
import { useFirmOpenOffers, useOnBehalfFirms, useSendOnBehalf } from '../api';
import { MESSAGE_MAX } from './contact-actions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refusals worded for staff acting for a firm ("the firm", not "your firm"); others keep the general texts. */
const STAFF_ERROR_CODES = [
  'COMPANY_NOT_VERIFIED',
  'CONTACT_OFFER_NOT_FOUND',
  'CONTACT_REQUEST_OPEN',
  'CONTACT_REQUEST_DAILY_CAP',
  'CONTACT_CANDIDATE_NOT_FOUND',
  'CONTACT_COMPANY_NOT_FOUND',
] as const;
type StaffErrorCode = (typeof STAFF_ERROR_CODES)[number];

function staffErrorCode(error: unknown): StaffErrorCode | null {
  return error instanceof ApiError && (STAFF_ERROR_CODES as readonly string[]).includes(error.code)
    ? (error.code as StaffErrorCode)
    : null;
}

function SendError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = staffErrorCode(error);
  if (!code) return <ErrorAlert error={error} />;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />} role="alert">
      {t(`contacts.onBehalf.errors.${code}`)}
    </Alert>
  );
}

/**
 * On the pseudonymous profile, for IBA staff: send a contact request in a checked firm's name (issue
 * 12: a firm finds a candidate on a printed match list at an event). `?firm=<companyId>` in the
 * address, as the QR code of a firm's printed match list carries it, chooses the firm.
 */
export function OnBehalfSection({ pseudonym }: { pseudonym: string }) {
  const { account } = useSession();
  if (account?.role !== 'iba_staff') return null;
  return <OnBehalfForm pseudonym={pseudonym} />;
}

export function OnBehalfForm({ pseudonym }: { pseudonym: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [params] = useSearchParams();
  const linked = params.get('firm');
  const linkedId = linked && UUID.test(linked) ? linked.toLowerCase() : null;
  const firms = useOnBehalfFirms(true);
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const linkedFound = linkedId !== null && (firms.data?.items ?? []).some((f) => f.id === linkedId);
  // Until staff choose themselves, the firm of the link (once known to be a checked firm).
  const firm = chosen !== undefined ? chosen : linkedFound ? linkedId : null;
  const offers = useFirmOpenOffers(firm);
  const [offer, setOffer] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const send = useSendOnBehalf();
  const firmName = firms.data?.items.find((f) => f.id === firm)?.name ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!firm || !message.trim()) return;
    send.mutate({ companyId: firm, pseudonym, offerId: offer, message });
  };
  const again = () => {
    send.reset();
    setMessage('');
    setOffer(null);
  };
  const code = send.isError ? staffErrorCode(send.error) : null;

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={headingId} maw={880}>
      <Stack gap="md">
        <Title order={2} fz="lg" id={headingId}>
          {t('contacts.onBehalf.title')}
        </Title>
        {send.isSuccess ? (
          <Stack gap="sm">
            <Text role="status">
              {send.data.status === 'awaiting_broker'
                ? t('contacts.onBehalf.sentBrokered', { firm: firmName })
                : t('contacts.onBehalf.sent', { firm: firmName })}
            </Text>
            <Group>
              <Button variant="default" onClick={again}>
                {t('contacts.onBehalf.another')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={submit}>
            <Stack gap="md">
              <Text fz="sm">{t('contacts.onBehalf.intro')}</Text>
              {firms.isError ? <ErrorAlert error={firms.error} onRetry={() => void firms.refetch()} /> : null}
              {linked && firms.isSuccess && !linkedFound && chosen === undefined ? (
                <Alert color="orange" variant="light" role="status">
                  {t('contacts.onBehalf.linkedFirmMissing')}
                </Alert>
              ) : null}
              <Select
                label={t('contacts.onBehalf.firm')}
                description={t('contacts.onBehalf.firmHint')}
                data={(firms.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }))}
                value={firm}
                onChange={(value) => {
                  setChosen(value);
                  setOffer(null);
                  send.reset();
                }}
                searchable
                required
                nothingFoundMessage={t('contacts.onBehalf.firmNone')}
                error={code === 'COMPANY_NOT_VERIFIED' || code === 'CONTACT_COMPANY_NOT_FOUND'}
                disabled={firms.isPending}
              />
              <Select
                label={t('contacts.onBehalf.offer')}
                data={[
                  { value: '', label: t('contacts.onBehalf.noOffer') },
                  ...(offers.data?.items ?? []).map((o) => ({ value: o.id, label: o.title })),
                ]}
                value={offer ?? ''}
                onChange={(value) => setOffer(value ? value : null)}
                allowDeselect={false}
                disabled={!firm}
                error={code === 'CONTACT_OFFER_NOT_FOUND'}
              />
              <Textarea
                label={t('contacts.onBehalf.message')}
                description={t('contacts.onBehalf.messageHint', { max: MESSAGE_MAX })}
                value={message}
                onChange={(e) => setMessage(e.currentTarget.value)}
                maxLength={MESSAGE_MAX}
                rows={4}
                required
                dir="auto"
              />
              {send.isError ? <SendError error={send.error} /> : null}
              <Group justify="flex-end">
                <Button
                  type="submit"
                  loading={send.isPending}
                  disabled={!firm}
                  leftSection={<IconMail size={18} aria-hidden="true" />}
                >
                  {t('contacts.onBehalf.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
