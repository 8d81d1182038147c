import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { contentLanguage, UserText } from './user-text';

describe('UserText (language of parts)', () => {
  it('carries the language the text was written in and dir="auto"', () => {
    render(
      <p lang="ar">
        <UserText lang="de">Ausbildung Schweißen</UserText>
      </p>,
    );
    const text = screen.getByText('Ausbildung Schweißen');
    expect(text).toHaveAttribute('lang', 'de');
    expect(text).toHaveAttribute('dir', 'auto');
  });

  it('falls back where the language is unknown, and gives no lang rather than a wrong or malformed one', () => {
    render(
      <>
        <UserText lang={null} fallbackLang="de">
          Lagerhelfer
        </UserText>
        <UserText lang={null}>ohne Sprache</UserText>
        <UserText lang="not a language!">kaputt</UserText>
        <UserText lang="fa" component="div">
          متن
        </UserText>
      </>,
    );
    expect(screen.getByText('Lagerhelfer')).toHaveAttribute('lang', 'de');
    expect(screen.getByText('ohne Sprache')).not.toHaveAttribute('lang');
    expect(screen.getByText('ohne Sprache')).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('kaputt')).not.toHaveAttribute('lang');
    expect(screen.getByText('متن').tagName).toBe('DIV');
    expect(contentLanguage(' pt-BR ')).toBe('pt-BR');
    expect(contentLanguage('')).toBeNull();
  });
});
