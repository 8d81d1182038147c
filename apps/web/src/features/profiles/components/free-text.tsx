import { Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { textDirection } from '@passgenau/domain';
import { useUiLanguage } from '../../../lib/i18n';
import { languageOptions } from '../model/languages';
import type { DraftText } from '../model/draft';
import type { TextSubject } from '../api/schemas';
import { useBi } from './bilingual';
import { EmployerNoticeAt } from './employer-notice';
import type { StepProps } from './step-props';

const MAX_TEXT = 4000;

/**
 * One free text. It stays in the language it was written in, marked with that language. A mentor sees
 * the candidate's original read-only and writes a tidied or German version beside it.
 */
export function FreeText({
  subject,
  draft,
  update,
  errors,
  mode,
  notices,
}: StepProps & { subject: TextSubject }) {
  const { t } = useTranslation();
  const bi = useBi();
  const language = useUiLanguage();
  const index = draft.texts.findIndex((text) => text.subject === subject);
  const current: DraftText = draft.texts[index] ?? { subject, original: null, tidied: null };
  const readOnlyOriginal = mode === 'mentor' && current.original?.readOnly !== undefined;
  const options = languageOptions(language);
  // The body's text indexes differ from the draft's; any text error is shown at the texts.
  const textError = Object.entries(errors).find(([field]) => field.startsWith('texts.'))?.[1];
  const change = (version: 'original' | 'tidied', patch: Partial<{ text: string; lang: string }>) =>
    update((old) => {
      const texts = [...old.texts];
      const at = texts.findIndex((text) => text.subject === subject);
      const base: DraftText = at >= 0 ? texts[at]! : { subject, original: null, tidied: null };
      const previous = base[version] ?? { text: '', lang: version === 'tidied' ? 'de' : language };
      const next: DraftText = { ...base, [version]: { ...previous, ...patch } };
      if (at >= 0) texts[at] = next;
      else texts.push(next);
      return { ...old, texts };
    });

  const editor = (version: 'original' | 'tidied', label: string) => {
    const value = current[version] ?? { text: '', lang: version === 'tidied' ? 'de' : language };
    return (
      <Stack gap={4} flex="1 1 260px" miw={0}>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <NativeSelect
            size="xs"
            label={bi('profiles.texts.language')}
            data={options}
            value={value.lang}
            onChange={(event) => change(version, { lang: event.currentTarget.value })}
          />
        </Group>
        <Textarea
          label={label}
          rows={4}
          maxLength={MAX_TEXT}
          lang={value.lang}
          dir={textDirection(value.lang)}
          value={value.text}
          error={textError ? t(textError) : undefined}
          onChange={(event) => change(version, { text: event.currentTarget.value })}
        />
      </Stack>
    );
  };

  return (
    <Stack gap="xs">
      <Text fw={600}>{bi(`profiles.texts.subjects.${subject}`)}</Text>
      <Group align="flex-start" gap="md" wrap="wrap">
        {readOnlyOriginal ? (
          <Paper withBorder p="sm" radius="md" flex="1 1 260px" miw={0} bg="gray.0">
            <Text fz="xs" c="dimmed">
              {t('profiles.texts.original', { language: current.original!.lang })}
            </Text>
            <Text
              lang={current.original!.lang}
              dir={textDirection(current.original!.lang)}
              style={{ whiteSpace: 'pre-wrap' }}
            >
              {current.original!.text}
            </Text>
          </Paper>
        ) : (
          editor('original', t('profiles.texts.yourText'))
        )}
        {mode === 'mentor' ? editor('tidied', t('profiles.texts.tidied')) : null}
      </Group>
      <EmployerNoticeAt notices={notices} field={`texts.${subject}`} />
    </Stack>
  );
}
