import {
  CloseButton,
  type CloseButtonProps,
  createTheme,
  Menu,
  Switch,
  Table,
  mergeThemeOverrides,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeColors,
} from '@mantine/core';

// System fonts only: the Content-Security-Policy allows no font CDNs, and every phone has Arabic script fonts.
const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, "Helvetica Neue", Arial, sans-serif';

/** WCAG 1.4.3: normal text needs 4.5:1 against its background. */
export const TEXT_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour, darkened in small steps (towards black, keeping its hue) until it reaches `ratio` on `background`. */
export function darkenUntil(colour: string, background: string, ratio: number): string {
  const base = channels(colour);
  for (let step = 0; step <= 100; step += 1) {
    const candidate = toHex(base.map((c) => c * (1 - step / 100)) as [number, number, number]);
    if (contrastRatio(candidate, background) >= ratio + 0.05) return candidate;
  }
  return '#000000';
}

/**
 * Mantine's palettes with shades 7–9 darkened where they are too light for text. Shades 7 and 8 (used as
 * text colours, e.g. `c="teal.8"` for "Gilt jetzt") reach 4.5:1 on shade 0 and white; shade 9 is the light variant's
 * text colour (badges, alerts, light buttons) and reaches 4.5:1 on shade 2, the light variant's hover
 * background, so also on shade 1 (its background) and on white. The lighter shades stay as they are.
 */
export function accessibleColors(colors: MantineThemeColors = DEFAULT_THEME.colors): MantineThemeColors {
  const result = {} as MantineThemeColors;
  for (const [name, tuple] of Object.entries(colors)) {
    const shades = [...tuple];
    shades[9] = darkenUntil(shades[9]!, shades[2]!, TEXT_CONTRAST);
    // On shade 0 (tinted cells and light alerts), which is a little darker than white.
    shades[8] = darkenUntil(shades[8]!, shades[0]!, TEXT_CONTRAST);
    shades[7] = darkenUntil(shades[7]!, shades[0]!, TEXT_CONTRAST);
    // Keep the scale ordered from light to dark.
    if (relativeLuminance(shades[8]!) < relativeLuminance(shades[9]!)) shades[9] = shades[8]!;
    if (relativeLuminance(shades[7]!) < relativeLuminance(shades[8]!)) shades[8] = shades[7]!;
    result[name] = shades as unknown as MantineColorsTuple;
  }
  return result;
}

export const theme = createTheme({
  primaryColor: 'cyan',
  primaryShade: { light: 9, dark: 6 },
  colors: accessibleColors(),
  defaultRadius: 'md',
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '700' },
  // Focus rings on keyboard focus only (styled in a11y.css: thick, with offset, on every control).
  focusRing: 'auto',
  // Mantine's own transitions (menus, dialogs, collapses) follow the reader's "reduce motion" setting.
  respectReducedMotion: true,
  components: {
    // A link must not differ from the text around it by colour alone (WCAG 1.4.1).
    Anchor: { defaultProps: { underline: 'always' } },
    // Opening a menu (language, account) puts focus on its first item, not on an unnamed placeholder.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
    // Switches 24 px high (Mantine's default is 20): the touch target size of WCAG 2.5.8.
    Switch: Switch.extend({ defaultProps: { size: 'md' } }),
  },
});

/** The theme with the texts Mantine shows itself (the close button's name) in the UI language. */
export function localizedTheme(labels: { close: string; scrollableTable: string }) {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        CloseButton: CloseButton.extend({
          defaultProps: { 'aria-label': labels.close } as Partial<CloseButtonProps>,
        }),
        // A table wider than the screen scrolls in its own region: reachable by Tab, scrolled with the arrow
        // keys, named for screen readers (a table may pass its own aria-label). Native scrolling, because
        // Mantine's ScrollArea scrolls an inner element that the keyboard cannot reach.
        TableScrollContainer: Table.ScrollContainer.extend({
          defaultProps: { type: 'native', tabIndex: 0, role: 'region', 'aria-label': labels.scrollableTable },
        }),
      },
    }),
  );
}

// Mantine's default grey for secondary text (gray-6) reaches only 3.3:1 on white; WCAG AA asks 4.5:1.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Field error texts and borders: red 9 (#c92a2a, 5.4:1 on white) instead of red 6 (#fa5252, 3.3:1).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
