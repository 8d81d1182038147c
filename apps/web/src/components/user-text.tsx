import { createElement, type HTMLAttributes, type ReactNode } from 'react';

/** Offer titles, firm names and addresses have no language field: offers of the district are written in German. */
export const LISTING_LANGUAGE = 'de';

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** A usable `lang` value ("de", "ar", "pt-BR"), or null for a missing or malformed one. */
export function contentLanguage(lang: string | null | undefined): string | null {
  const trimmed = lang?.trim();
  return trimmed && LANGUAGE_TAG.test(trimmed) ? trimmed : null;
}

export interface UserTextProps extends Omit<HTMLAttributes<HTMLElement>, 'lang' | 'dir' | 'children'> {
  /** The language the text was written in, where known (an offer's or firm's language field, a label's language). */
  lang: string | null | undefined;
  /** Used when `lang` is unknown: e.g. German for offer titles. Without either, the text gets no `lang`. */
  fallbackLang?: string;
  /** `span` inside headings, links and sentences; `div`/`p` for whole texts. */
  component?: 'span' | 'div' | 'p';
  children: ReactNode;
}

/**
 * Text people wrote (offer titles and texts, firm texts, profile texts): it carries its own language,
 * so a screen reader in the Arabic interface reads a German offer title in German and hyphenation
 * follows the text's language, and `dir="auto"` so its direction follows its own first strong letter.
 */
export function UserText({ lang, fallbackLang, component = 'span', children, ...props }: UserTextProps) {
  const code = contentLanguage(lang) ?? contentLanguage(fallbackLang);
  return createElement(
    component,
    { ...props, lang: code ?? undefined, dir: 'auto', 'data-user-text': '' },
    children,
  );
}
