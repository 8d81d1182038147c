import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@passgenau/domain';
import { CATALOGUES } from '@passgenau/i18n';
import { apiError, mockApi } from '../../../testing/api-mock';
import { formatDate } from '../../../lib/format';
import { renderApp } from '../../../testing/render-app';
import { STATEMENT_DATE } from './statement-page';

describe('accessibility statement and barrier report', () => {
  it.each(UI_LANGUAGES)('is linked from the footer and complete in %s', async (language) => {
    mockApi({});
    const texts = CATALOGUES[language].a11yStatement;
    const { user, router } = renderApp({ language, path: '/jobs' });
    const footer = screen.getByRole('contentinfo');
    await user.click(within(footer).getByRole('link', { name: texts.footerLink }));

    expect(router.state.location.pathname).toBe('/accessibility');
    expect(await screen.findByRole('heading', { level: 1, name: texts.title })).toBeInTheDocument();
    expect(screen.getByText(texts.status)).toBeInTheDocument();
    for (const gap of Object.values(texts.gaps)) expect(screen.getByText(gap)).toBeInTheDocument();
    expect(screen.getByTestId('statement-date')).toHaveTextContent(formatDate(STATEMENT_DATE, language));
    expect(
      screen.getByText(/Landeszentrum Barrierefreiheit Baden-Württemberg/).closest('[lang]'),
    ).toHaveAttribute('lang', 'de');
    // The form starts with the page the visitor came from.
    expect(screen.getByLabelText(texts.form.page, { exact: false })).toHaveValue('/jobs');
  });

  it('sends an anonymous report and thanks the reporter, with focus on the thanks', async () => {
    const api = mockApi({ '/api/barrier-reports': () => ({ id: 'r1', replyExpected: false }) });
    const de = CATALOGUES.de.a11yStatement;
    const { user } = renderApp({ language: 'de', path: '/accessibility' });

    await user.type(
      await screen.findByLabelText(de.form.description, { exact: false }),
      'Der Filter lässt sich nicht mit der Tastatur öffnen',
    );
    await user.click(screen.getByRole('button', { name: de.form.submit }));

    expect(await screen.findByText(de.form.sent)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('barrier-sent')).toHaveFocus());
    const sent = api.calls.find((call) => call.url.pathname === '/api/barrier-reports');
    expect(sent?.method).toBe('POST');
    expect(sent?.body).toEqual({
      description: 'Der Filter lässt sich nicht mit der Tastatur öffnen',
      language: 'de',
    });
  });

  it('refuses a too short description and a malformed e-mail before sending, focusing the first', async () => {
    const api = mockApi({});
    const ar = CATALOGUES.ar;
    const { user } = renderApp({ language: 'ar', path: '/accessibility' });
    await user.type(await screen.findByLabelText(ar.a11yStatement.form.email, { exact: false }), 'kein');
    await user.click(screen.getByRole('button', { name: ar.a11yStatement.form.submit }));

    const description = screen.getByLabelText(ar.a11yStatement.form.description, { exact: false });
    await waitFor(() => expect(description).toHaveFocus());
    expect(description).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(ar.a11yStatement.form.email, { exact: false })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(api.calls.some((call) => call.url.pathname === '/api/barrier-reports')).toBe(false);
  });

  it('shows a field the server refused at its input, focused', async () => {
    mockApi({
      '/api/barrier-reports': () =>
        apiError(400, 'VALIDATION_FAILED', [{ field: 'pageUrl', code: 'BAD_FORMAT', message: 'pageUrl must be one line of text' }]),
    });
    const en = CATALOGUES.en.a11yStatement;
    const { user } = renderApp({ language: 'en', path: '/accessibility' });
    await user.type(await screen.findByLabelText(en.form.description, { exact: false }), 'Buttons too small');
    await user.click(screen.getByRole('button', { name: en.form.submit }));

    const page = screen.getByLabelText(en.form.page, { exact: false });
    await waitFor(() => expect(page).toHaveFocus());
    expect(page).toHaveAttribute('aria-invalid', 'true');
  });
});
