import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBuildingCommunity, IconLanguage, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '@passgenau/domain';
import { LOCALES } from '@passgenau/i18n';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { SectionCard } from '../../../components/section-card';
import { ApiError } from '../../../lib/api-client';
import { useUiLanguage } from '../../../lib/i18n';
import { ConceptPicker, type PickedConcept } from '../../profiles/components/concept-picker';
import { ConceptLabel } from '../../taxonomy/components/concept-label';
import type { TaxonomySearchKind } from '../../taxonomy/api/search-taxonomy';
import {
  useAddLabel,
  useConceptLabels,
  useRemoveLabel,
  useSaveTown,
  useTownList,
  type Town,
} from '../api/taxonomy-curation';

function nativeName(lang: UiLanguage): string {
  return LOCALES.find((l) => l.code === lang)?.nativeName ?? lang;
}

function LabelEditor({ concept }: { concept: PickedConcept }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const labels = useConceptLabels(concept.code);
  const add = useAddLabel();
  const remove = useRemoveLabel();
  const [lang, setLang] = useState<UiLanguage>(language);
  const [text, setText] = useState('');
  const [preferred, setPreferred] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    add.mutate({ code: concept.code, lang, text: text.trim(), preferred }, { onSuccess: () => setText('') });
  };
  const exists = add.error instanceof ApiError && add.error.code === 'TAXONOMY_LABEL_EXISTS';

  return (
    <Stack gap="md">
      <Group gap="xs">
        <ConceptLabel labels={concept.labels} />
      </Group>
      {labels.isPending ? (
        <PageLoader />
      ) : labels.isError ? (
        <ErrorAlert error={labels.error} onRetry={() => void labels.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table aria-label={t('staff.taxonomy.labels')}>
            <Table.Tbody>
              {UI_LANGUAGES.flatMap((l) =>
                (labels.data.allLabels[l] ?? []).map((label) => (
                  <Table.Tr key={label.id}>
                    <Table.Td>{nativeName(l)}</Table.Td>
                    <Table.Td lang={l} dir="auto">
                      {label.text}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge variant="light" color={label.source === 'coordinator' ? 'grape' : 'gray'}>
                          {t(`staff.taxonomy.sources.${label.source}`)}
                        </Badge>
                        {label.preferred ? (
                          <Badge variant="outline">{t('staff.taxonomy.preferredBadge')}</Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {label.source === 'coordinator' ? (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('staff.taxonomy.remove')}: ${label.text}`}
                          loading={remove.isPending && remove.variables === label.id}
                          onClick={() => remove.mutate(label.id)}
                        >
                          <IconTrash size={18} aria-hidden="true" />
                        </ActionIcon>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form aria-label={t('staff.taxonomy.addTitle')} onSubmit={submit}>
        <Stack gap="sm">
          <Title order={3} fz="md">
            {t('staff.taxonomy.addTitle')}
          </Title>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <NativeSelect
              label={t('staff.taxonomy.lang')}
              value={lang}
              data={UI_LANGUAGES.map((l) => ({ value: l, label: nativeName(l) }))}
              onChange={(event) => setLang(event.currentTarget.value as UiLanguage)}
            />
            <TextInput
              flex="1 1 220px"
              required
              label={t('staff.taxonomy.text')}
              lang={lang}
              dir="auto"
              value={text}
              error={exists ? t('staff.taxonomy.exists') : undefined}
              onChange={(event) => {
                setText(event.currentTarget.value);
                add.reset();
              }}
            />
          </Group>
          <Checkbox
            label={t('staff.taxonomy.preferred')}
            checked={preferred}
            onChange={(event) => setPreferred(event.currentTarget.checked)}
          />
          {add.isError && !exists ? <ErrorAlert error={add.error} /> : null}
          {add.isSuccess ? (
            <Alert color="teal" variant="light" role="status">
              {t('staff.taxonomy.added')}
            </Alert>
          ) : null}
          <Group>
            <Button
              type="submit"
              leftSection={<IconPlus size={18} aria-hidden="true" />}
              loading={add.isPending}
            >
              {t('staff.taxonomy.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

const EMPTY_TOWN: Town = {
  ags: '',
  name: '',
  district: 'Rems-Murr-Kreis',
  state: 'Baden-Württemberg',
  lat: 48.8,
  lon: 9.4,
  population: null,
  postalCodes: [],
};

function TownForm({ town, isNew, onDone }: { town: Town; isNew: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTown();
  const [values, setValues] = useState({
    ...town,
    lat: String(town.lat),
    lon: String(town.lon),
    population: town.population === null ? '' : String(town.population),
    postalCodes: town.postalCodes.join(', '),
  });
  const fieldError = (field: string) =>
    save.error instanceof ApiError &&
    save.error.errors?.some((e) => e.field === field || e.field.startsWith(`${field}.`))
      ? save.error.code === 'TOWN_EXISTS'
        ? t('staff.towns.exists')
        : t('errors.invalid')
      : undefined;
  const set = (field: keyof typeof values) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setValues((old) => ({ ...old, [field]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        isNew,
        town: {
          ags: values.ags.trim(),
          name: values.name,
          district: values.district,
          state: values.state,
          lat: Number(values.lat),
          lon: Number(values.lon),
          population: values.population.trim() === '' ? null : Number(values.population),
          postalCodes: values.postalCodes
            .split(/[\s,;]+/)
            .map((code) => code.trim())
            .filter(Boolean),
        },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form
      aria-label={isNew ? t('staff.towns.add') : `${t('staff.towns.edit')}: ${town.name}`}
      onSubmit={submit}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap" align="flex-start">
          <TextInput
            required
            label={t('staff.towns.ags')}
            value={values.ags}
            disabled={!isNew}
            dir="ltr"
            inputMode="numeric"
            error={fieldError('ags')}
            onChange={set('ags')}
          />
          <TextInput
            required
            flex="1 1 180px"
            label={t('staff.towns.name')}
            value={values.name}
            error={fieldError('name')}
            onChange={set('name')}
          />
        </Group>
        <Group gap="sm" wrap="wrap" align="flex-start">
          <TextInput
            required
            label={t('staff.towns.district')}
            value={values.district}
            error={fieldError('district')}
            onChange={set('district')}
          />
          <TextInput
            required
            label={t('staff.towns.state')}
            value={values.state}
            error={fieldError('state')}
            onChange={set('state')}
          />
        </Group>
        <Group gap="sm" wrap="wrap" align="flex-start">
          <TextInput
            required
            label={t('staff.towns.lat')}
            value={values.lat}
            dir="ltr"
            inputMode="decimal"
            error={fieldError('lat')}
            onChange={set('lat')}
          />
          <TextInput
            required
            label={t('staff.towns.lon')}
            value={values.lon}
            dir="ltr"
            inputMode="decimal"
            error={fieldError('lon')}
            onChange={set('lon')}
          />
          <TextInput
            label={t('staff.towns.population')}
            value={values.population}
            dir="ltr"
            inputMode="numeric"
            error={fieldError('population')}
            onChange={set('population')}
          />
        </Group>
        <TextInput
          label={t('staff.towns.postalCodes')}
          value={values.postalCodes}
          dir="ltr"
          error={fieldError('postalCodes')}
          onChange={set('postalCodes')}
        />
        {save.isError && !(save.error instanceof ApiError && save.error.errors?.length) ? (
          <ErrorAlert error={save.error} />
        ) : null}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('staff.towns.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('staff.towns.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TownsSection() {
  const { t } = useTranslation();
  const towns = useTownList();
  const [editing, setEditing] = useState<{ town: Town; isNew: boolean } | null>(null);
  return (
    <SectionCard
      title={t('staff.towns.title')}
      description={t('staff.towns.intro')}
      icon={IconBuildingCommunity}
      actions={
        editing ? null : (
          <Button
            leftSection={<IconPlus size={18} aria-hidden="true" />}
            onClick={() => setEditing({ town: EMPTY_TOWN, isNew: true })}
          >
            {t('staff.towns.add')}
          </Button>
        )
      }
    >
      {editing ? (
        <TownForm key={editing.town.ags || 'new'} {...editing} onDone={() => setEditing(null)} />
      ) : null}
      {towns.isPending ? (
        <PageLoader />
      ) : towns.isError ? (
        <ErrorAlert error={towns.error} onRetry={() => void towns.refetch()} />
      ) : (
        <Stack
          component="ul"
          gap={4}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('staff.towns.title')}
        >
          {towns.data.map((town) => (
            <Group component="li" key={town.ags} justify="space-between" wrap="nowrap" gap="xs">
              <Text>
                <bdi lang="de">{town.name}</bdi>{' '}
                <Text span fz="sm" c="dimmed" dir="ltr">
                  {town.ags} · {town.postalCodes.join(', ')}
                </Text>
              </Text>
              <ActionIcon
                variant="subtle"
                aria-label={`${t('staff.towns.edit')}: ${town.name}`}
                onClick={() => setEditing({ town, isNew: false })}
              >
                <IconPencil size={18} aria-hidden="true" />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

/** /taxonomy (coordinators): labels of occupations and competences in any language, and the towns. */
export function TaxonomyPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<TaxonomySearchKind>('occupations');
  const [concept, setConcept] = useState<PickedConcept | null>(null);
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1}>{t('staff.taxonomy.title')}</Title>
        <Text c="dimmed">{t('staff.taxonomy.intro')}</Text>
      </Stack>
      <SectionCard title={t('staff.taxonomy.labels')} icon={IconLanguage}>
        <Stack gap="md">
          <SegmentedControl
            aria-label={t('staff.taxonomy.kind')}
            value={kind}
            onChange={(value) => {
              setKind(value as TaxonomySearchKind);
              setConcept(null);
            }}
            data={[
              { value: 'occupations', label: t('staff.taxonomy.occupation') },
              { value: 'skills', label: t('staff.taxonomy.skill') },
            ]}
          />
          <ConceptPicker key={kind} kind={kind} label={t('staff.taxonomy.pick')} onPick={setConcept} />
          {concept ? <LabelEditor key={concept.code} concept={concept} /> : null}
        </Stack>
      </SectionCard>
      <TownsSection />
    </Stack>
  );
}
