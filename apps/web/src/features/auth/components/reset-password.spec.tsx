import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { apiError, mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';

describe('password reset', () => {
  it('asks for the e-mail and answers the same whether or not it is known', async () => {
    const api = mockApi({
      '/api/auth/password-reset/request': () => ({ status: 202, body: { accepted: true } }),
    });
    const fa = CATALOGUES.fa;
    const { user } = renderApp({ language: 'fa', path: '/reset-password' });

    await user.type(
      await screen.findByRole('textbox', { name: fa.common.email }),
      'candidate@demo.passgenau.de',
    );
    await user.click(screen.getByRole('button', { name: fa.auth.reset.requestSubmit }));

    expect(await screen.findByRole('status')).toHaveTextContent('candidate@demo.passgenau.de');
    const request = api.calls.find((call) => call.url.pathname === '/api/auth/password-reset/request');
    expect(request?.body).toEqual({ email: 'candidate@demo.passgenau.de', language: 'fa' });
  });

  it('explains a used or expired link and offers a new one', async () => {
    mockApi({
      '/api/auth/password-reset/confirm': () =>
        apiError(400, 'VALIDATION_FAILED', [
          { field: 'token', code: 'LINK_INVALID', message: 'invalid, used or expired' },
        ]),
    });
    const de = CATALOGUES.de;
    const { user } = renderApp({ language: 'de', path: '/reset-password?token=old-token' });

    await user.type(
      await screen.findByLabelText(de.auth.newPassword, { exact: false, selector: 'input' }),
      'Sonnenblume-Remstal',
    );
    await user.click(screen.getByRole('button', { name: de.auth.reset.confirmSubmit }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(de.auth.reset.linkInvalid);
    expect(screen.getByRole('link', { name: de.auth.reset.requestAgain })).toHaveAttribute(
      'href',
      '/reset-password',
    );
  });
});
