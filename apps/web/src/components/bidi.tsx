import { Fragment, type ReactNode } from 'react';

const SLOT = /\uE000(\w+)\uE001/;

/** A placeholder value for t(): `t('key', { pseudonym: slot('pseudonym') })`, then `withSlots(text, …)`. */
export function slot(name: string): string {
  return `\uE000${name}\uE001`;
}

/** Puts elements where a translated text has `slot(name)` markers, e.g. an isolated pseudonym or a link. */
export function withSlots(text: string, slots: Record<string, ReactNode>): ReactNode {
  const parts = text.split(SLOT);
  // split() with a capturing group alternates text and slot names: [text, name, text, name, text].
  return parts.map((part, index) =>
    index % 2 === 1 ? <Fragment key={index}>{slots[part] ?? null}</Fragment> : part,
  );
}

/**
 * A left-to-right run inside text of either direction: codes, versions, e-mail addresses. Without it a
 * version "2026-11-searchable-profile-v1" in an Arabic sentence reads "searchable-profile-v1-11-2026".
 */
export function Ltr({ children, nowrap = false }: { children: ReactNode; nowrap?: boolean }) {
  return (
    <bdi dir="ltr" style={nowrap ? { whiteSpace: 'nowrap' } : undefined}>
      {children}
    </bdi>
  );
}

/** A candidate's pseudonym ("K-GBBF"): left to right, and never broken at its hyphen. */
export function Pseudonym({ value }: { value: string }) {
  return (
    <bdi dir="ltr" style={{ whiteSpace: 'nowrap' }} data-pseudonym-text="">
      {value}
    </bdi>
  );
}
