import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Pseudonym, slot, withSlots } from './bidi';

describe('bidi helpers', () => {
  it('put elements where the translated text has its slots', () => {
    const text = `المرشح ${slot('pseudonym')}، انظر ${slot('link')}.`;
    render(
      <p data-testid="sentence">
        {withSlots(text, { pseudonym: <Pseudonym value="K-GBBF" />, link: <a href="/x">هنا</a> })}
      </p>,
    );
    const sentence = screen.getByTestId('sentence');
    expect(sentence).toHaveTextContent('المرشح K-GBBF، انظر هنا.');
    const pseudonym = sentence.querySelector('bdi');
    expect(pseudonym).toHaveAttribute('dir', 'ltr');
    expect(pseudonym).toHaveTextContent('K-GBBF');
    // Never broken at its hyphen into "K-" and "GBBF".
    expect(pseudonym).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(screen.getByRole('link', { name: 'هنا' })).toBeInTheDocument();
  });

  it('leave a text without slots as it is', () => {
    render(<p data-testid="plain">{withSlots('Nichts zu ersetzen.', {})}</p>);
    expect(screen.getByTestId('plain').innerHTML).toBe('Nichts zu ersetzen.');
  });
});
