import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { accessibleColors, contrastRatio, darkenUntil, localizedTheme, TEXT_CONTRAST, theme } from './theme';

describe('theme colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // The audit's numbers: the apprenticeship badge and "Gilt jetzt" with Mantine's own palette.
    expect(contrastRatio('#087f5b', '#c3fae8')).toBeCloseTo(4.33, 1);
    expect(contrastRatio('#099268', '#ffffff')).toBeCloseTo(3.95, 1);
  });

  it("Mantine's own palette fails, which is why the theme overrides it", () => {
    const teal = DEFAULT_THEME.colors.teal;
    expect(contrastRatio(teal[9], teal[1])).toBeLessThan(TEXT_CONTRAST);
    expect(contrastRatio(DEFAULT_THEME.colors.orange[9], DEFAULT_THEME.colors.orange[1])).toBeLessThan(TEXT_CONTRAST);
  });

  it('gives every light variant (shade 9 on shade 1 and 2) and text shades 7–9 on white at least 4.5:1', () => {
    const colors = theme.colors!;
    for (const name of Object.keys(DEFAULT_THEME.colors)) {
      const shades = colors[name]!;
      expect(contrastRatio(shades[9], shades[1]), `${name}-9 on ${name}-1`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
      expect(contrastRatio(shades[9], shades[2]), `${name}-9 on ${name}-2`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
      for (const shade of [7, 8] as const) {
        expect(contrastRatio(shades[shade], shades[0]), `${name}-${shade} on ${name}-0`).toBeGreaterThanOrEqual(
          TEXT_CONTRAST,
        );
      }
      for (const shade of [7, 8, 9] as const) {
        expect(contrastRatio(shades[shade], '#ffffff'), `${name}-${shade} on white`).toBeGreaterThanOrEqual(
          TEXT_CONTRAST,
        );
      }
      // White text on the filled variant (shade 9, the light scheme's primary shade).
      expect(contrastRatio('#ffffff', shades[9]), `white on ${name}-9`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });

  it('keeps the lighter shades and the order from light to dark', () => {
    const colors = accessibleColors();
    for (const [name, shades] of Object.entries(colors)) {
      expect(shades.slice(0, 7), name).toEqual(DEFAULT_THEME.colors[name]!.slice(0, 7));
      for (let shade = 1; shade < 10; shade += 1) {
        expect(contrastRatio(shades[shade]!, '#ffffff') + 1e-9, `${name}-${shade}`).toBeGreaterThanOrEqual(
          contrastRatio(shades[shade - 1]!, '#ffffff'),
        );
      }
    }
  });

  it('darkens only as much as needed', () => {
    expect(darkenUntil('#000000', '#ffffff', TEXT_CONTRAST)).toBe('#000000');
    const darker = darkenUntil('#099268', '#ffffff', TEXT_CONTRAST);
    expect(contrastRatio(darker, '#ffffff')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(contrastRatio(darker, '#ffffff')).toBeLessThan(5.2);
  });

  it('underlines links always', () => {
    expect(theme.components?.['Anchor']?.defaultProps).toMatchObject({ underline: 'always' });
  });
});

describe('theme components', () => {
  it('opens menus on their first item and makes switches 24 px touch targets', () => {
    expect(theme.components?.['Menu']?.defaultProps).toMatchObject({ withInitialFocusPlaceholder: false });
    expect(theme.components?.['Switch']?.defaultProps).toMatchObject({ size: 'md' });
  });

  it('names close buttons and makes wide tables keyboard-scrollable regions, in the UI language', () => {
    const localized = localizedTheme({ close: 'Schließen', scrollableTable: 'Tabelle' });
    expect(localized.components?.['CloseButton']?.defaultProps).toMatchObject({ 'aria-label': 'Schließen' });
    expect(localized.components?.['TableScrollContainer']?.defaultProps).toMatchObject({
      type: 'native',
      tabIndex: 0,
      role: 'region',
      'aria-label': 'Tabelle',
    });
    // The base theme's settings stay.
    expect(localized.components?.['Anchor']?.defaultProps).toMatchObject({ underline: 'always' });
  });
});
