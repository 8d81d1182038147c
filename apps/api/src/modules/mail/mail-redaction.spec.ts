import { REDACTED, redactSecrets } from './mail-redaction';

describe('redactSecrets', () => {
  const token = 'q8V0b3m2x9Yt_Lk-4sPaZr7wQe1NcUfHjGdIoTyKv5A';

  it('removes the token of a reset link but keeps where it leads', () => {
    const text = `Open http://localhost:3000/reset-password?token=${token} within 60 minutes.`;
    const redacted = redactSecrets(text);
    expect(redacted).not.toContain(token);
    expect(redacted).toContain(`http://localhost:3000/reset-password?${REDACTED}`);
    expect(redacted).toContain('Open ');
  });

  it('removes a token that is a path segment (invitations)', () => {
    const redacted = redactSecrets(`Accept: https://passgenau.example.de/invitations/${token}\nThanks`);
    expect(redacted).toBe(`Accept: https://passgenau.example.de/invitations/${REDACTED}\nThanks`);
  });

  it('keeps ordinary links, long words and long host names', () => {
    const text =
      'See https://www.rems-murr-kreis-integration.de/profile and the Donaudampfschifffahrtsgesellschaft.';
    expect(redactSecrets(text)).toBe(text);
  });

  it('removes every given secret, also outside links', () => {
    expect(redactSecrets('Your code: ABCD-1234.', ['ABCD-1234'])).toBe(`Your code: ${REDACTED}.`);
  });
});
