import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// System fonts only: the Content-Security-Policy allows no font CDNs, and every phone has Arabic script fonts.
const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'cyan',
  primaryShade: { light: 9, dark: 6 },
  defaultRadius: 'md',
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '700' },
});

// Mantine's default grey for secondary text (gray-6) reaches only 3.3:1 on white; WCAG AA asks 4.5:1.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
