import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconBookmark, IconBookmarkFilled, IconMail } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useSession } from '../../auth/session/session-context';
import { useMyOffers } from '../../jobs/api/offers';
import { useAddToShortlist, useSendContactRequest } from '../api';

/** Characters of a contact request's message (the API's limit). */
export const MESSAGE_MAX = 2000;

/** "Send contact request": the firm's own offer (optional) and a message, sent as written. */
export function SendRequestDialog({
  pseudonym,
  offerId,
  opened,
  onClose,
}: {
  pseudonym: string;
  offerId?: string | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { account } = useSession();
  const offers = useMyOffers(opened ? (account?.companyId ?? null) : null, 1);
  const send = useSendContactRequest();
  const [offer, setOffer] = useState<string | null>(offerId ?? null);
  const [message, setMessage] = useState('');
  const close = () => {
    send.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) return;
    send.mutate({ pseudonym, offerId: offer, message });
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('contacts.send.title', { pseudonym })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      {send.isSuccess ? (
        <Stack gap="md">
          <Text role="status">
            {send.data.status === 'awaiting_broker'
              ? t('contacts.send.sentBrokered')
              : t('contacts.send.sent')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={close}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack gap="md">
            <Text fz="sm">{t('contacts.send.intro')}</Text>
            <Select
              label={t('contacts.send.offer')}
              data={[
                { value: '', label: t('contacts.send.noOffer') },
                ...(offers.data?.items ?? []).map((o) => ({ value: o.id, label: o.title })),
              ]}
              value={offer ?? ''}
              onChange={(value) => setOffer(value ? value : null)}
              allowDeselect={false}
            />
            <Textarea
              label={t('contacts.send.message')}
              description={t('contacts.send.messageHint', { max: MESSAGE_MAX })}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              maxLength={MESSAGE_MAX}
              minRows={5}
              autosize
              required
              dir="auto"
            />
            {send.isError ? <ErrorAlert error={send.error} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                loading={send.isPending}
                leftSection={<IconMail size={18} aria-hidden="true" />}
              >
                {t('contacts.send.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/**
 * "Shortlist" and "Send contact request" for a candidate hit or an offer match; employers only
 * (IBA staff and coordinators search too, but do not shortlist or ask for contact).
 */
export function ContactActions({ pseudonym, offerId }: { pseudonym: string; offerId?: string }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const add = useAddToShortlist();
  const [dialog, setDialog] = useState(false);
  if (account?.role !== 'employer') return null;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Button
          variant="light"
          size="sm"
          onClick={() => add.mutate({ pseudonym, offerId: offerId ?? null })}
          loading={add.isPending}
          leftSection={
            add.isSuccess ? (
              <IconBookmarkFilled size={18} aria-hidden="true" />
            ) : (
              <IconBookmark size={18} aria-hidden="true" />
            )
          }
          aria-label={t('contacts.shortlist.addFor', { pseudonym })}
          aria-pressed={add.isSuccess}
        >
          {add.isSuccess ? t('contacts.shortlist.added') : t('contacts.shortlist.add')}
        </Button>
        <Button
          variant="light"
          size="sm"
          onClick={() => setDialog(true)}
          leftSection={<IconMail size={18} aria-hidden="true" />}
          aria-label={t('contacts.send.buttonFor', { pseudonym })}
        >
          {t('contacts.send.button')}
        </Button>
      </Group>
      {add.isError ? <ErrorAlert error={add.error} /> : null}
      <SendRequestDialog
        pseudonym={pseudonym}
        offerId={offerId}
        opened={dialog}
        onClose={() => setDialog(false)}
      />
    </Stack>
  );
}
