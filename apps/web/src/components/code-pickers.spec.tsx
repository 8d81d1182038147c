import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '@passgenau/domain';
import { CATALOGUES } from '@passgenau/i18n';
import { createI18n } from '../lib/i18n';
import { CountryPicker, LanguagesPicker, splitCodes } from './code-pickers';
import { DateField } from './date-field';

function renderIn(language: UiLanguage, ui: React.ReactNode) {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MantineProvider env="test">{ui}</MantineProvider>
    </I18nextProvider>,
  );
  return { user };
}

function Languages({ initial, seen }: { initial: string[]; seen: string[][] }) {
  const [value, setValue] = useState(initial);
  return (
    <LanguagesPicker
      label="Sprachen in der Firma"
      value={value}
      onChange={(codes) => {
        seen.push(codes);
        setValue(codes);
      }}
    />
  );
}

function Country({ seen }: { seen: string[] }) {
  const [value, setValue] = useState('');
  return (
    <CountryPicker
      label="Land"
      value={value}
      onChange={(code) => {
        seen.push(code);
        setValue(code);
      }}
    />
  );
}

function Dates({ initial, seen, max }: { initial: string; seen: string[]; max?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Datum"
      value={value}
      max={max}
      onChange={(event) => {
        seen.push(event.currentTarget.value);
        setValue(event.currentTarget.value);
      }}
    />
  );
}

describe('LanguagesPicker', () => {
  it('shows the chosen codes as names in German and finds "Kroatisch" by its German name', async () => {
    const seen: string[][] = [];
    const { user } = renderIn('de', <Languages initial={['de', 'tr', 'ar']} seen={seen} />);

    expect(screen.getByText('Deutsch')).toBeInTheDocument();
    expect(screen.getByText('Türkisch')).toBeInTheDocument();
    expect(screen.getByText('Arabisch')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Sprachen in der Firma' }), 'kroat');
    const listbox = await screen.findByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Kroatisch']);
    await user.click(options[0]!);
    expect(seen.at(-1)).toEqual(['de', 'tr', 'ar', 'hr']);
  });

  it('names the languages in Arabic and finds one by its own name or its code', async () => {
    const seen: string[][] = [];
    const { user } = renderIn('ar', <Languages initial={[]} seen={seen} />);
    const input = screen.getByRole('combobox', { name: 'Sprachen in der Firma' });
    expect(input).toHaveAttribute('placeholder', CATALOGUES.ar.inputs.languagesPlaceholder);

    await user.type(input, 'Türkçe');
    const turkish = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(turkish[0]).toHaveTextContent(new Intl.DisplayNames(['ar'], { type: 'language' }).of('tr')!);
    await user.click(turkish[0]!);
    expect(seen.at(-1)).toEqual(['tr']);

    await user.type(input, 'uk');
    const byCode = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(byCode[0]).toHaveTextContent(new Intl.DisplayNames(['ar'], { type: 'language' }).of('uk')!);
  });

  it('keeps a stored code outside the list', () => {
    renderIn('de', <Languages initial={['gsw']} seen={[]} />);
    expect(
      screen.getByText(new Intl.DisplayNames(['de'], { type: 'language' }).of('gsw')!),
    ).toBeInTheDocument();
  });

  it('splitCodes reads the text a form keeps', () => {
    expect(splitCodes('de, TR ;ar')).toEqual(['de', 'tr', 'ar']);
    expect(splitCodes('')).toEqual([]);
  });
});

describe('CountryPicker', () => {
  it('finds Syria by its German name and stores SY', async () => {
    const seen: string[] = [];
    const { user } = renderIn('de', <Country seen={seen} />);
    await user.type(screen.getByRole('combobox', { name: 'Land' }), 'Syr');
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Syrien');
    await user.click(options[0]!);
    expect(seen.at(-1)).toBe('SY');
    expect(screen.getByRole('combobox', { name: 'Land' })).toHaveValue('Syrien');
  });

  it('shows the names in Persian and finds a country by its Persian name', async () => {
    const seen: string[] = [];
    const { user } = renderIn('fa', <Country seen={seen} />);
    const afghanistan = new Intl.DisplayNames(['fa'], { type: 'region' }).of('AF')!;
    await user.type(screen.getByRole('combobox', { name: 'Land' }), afghanistan.slice(0, 3));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toContain(afghanistan);
    await user.click(options.find((option) => option.textContent === afghanistan)!);
    expect(seen.at(-1)).toBe('AF');
  });
});

describe('DateField', () => {
  it('shows and takes German dates as TT.MM.JJJJ, handing over YYYY-MM-DD', async () => {
    const seen: string[] = [];
    const { user } = renderIn('de', <Dates initial="2026-03-05" seen={seen} />);
    const input = screen.getByRole('textbox', { name: 'Datum' });
    expect(input).toHaveValue('05.03.2026');
    expect(input).toHaveAttribute('placeholder', '31.12.2026');

    await user.clear(input);
    await user.type(input, '1.4.2027');
    expect(seen.at(-1)).toBe('2027-04-01');
    await user.tab();
    expect(input).toHaveValue('01.04.2027');
  });

  it('reads day before month in English, not the browser mm/dd/yyyy', async () => {
    const seen: string[] = [];
    const { user } = renderIn('en', <Dates initial="" seen={seen} />);
    const input = screen.getByRole('textbox', { name: 'Datum' });
    await user.type(input, '05/03/2026');
    expect(seen.at(-1)).toBe('2026-03-05');

    await user.clear(input);
    await user.type(input, '12/31/2026');
    await user.tab();
    expect(seen.at(-1)).toBe('');
    expect(
      screen.getByText(CATALOGUES.en.inputs.dateInvalid.replace('{{example}}', '31/12/2026')),
    ).toBeInTheDocument();
  });

  it('takes Persian digits in the Persian order', async () => {
    const seen: string[] = [];
    const { user } = renderIn('fa', <Dates initial="2026-03-05" seen={seen} />);
    const input = screen.getByRole('textbox', { name: 'Datum' });
    expect(input).toHaveValue('2026/03/05');
    await user.clear(input);
    await user.type(input, '۲۰۲۶/۰۴/۰۱');
    expect(seen.at(-1)).toBe('2026-04-01');
  });

  it('refuses a day after the latest allowed one', async () => {
    const seen: string[] = [];
    const { user } = renderIn('uk', <Dates initial="" seen={seen} max="2026-12-01" />);
    const input = screen.getByRole('textbox', { name: 'Datum' });
    await user.type(input, '02.12.2026');
    await user.tab();
    expect(seen.filter((value) => value !== '')).toEqual([]);
    expect(
      screen.getByText(CATALOGUES.uk.inputs.dateInvalid.replace('{{example}}', '31.12.2026')),
    ).toBeInTheDocument();
  });
});
