import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router-dom';
import type { UiLanguage } from '@passgenau/domain';
import { App } from '../app/app';
import { routes } from '../app/router';
import { createI18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';

export interface RenderAppOptions {
  language?: UiLanguage;
  path?: string;
}

/** Renders the whole app, routes included, as a user would see it; the API is whatever `mockApi` set up. */
export function renderApp({ language = 'de', path = '/' }: RenderAppOptions = {}) {
  const i18n = createI18n(language);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <App i18n={i18n} queryClient={createQueryClient({ retries: 0 })} router={router} mantineEnv="test" />,
  );
  return { ...view, user, i18n, router };
}
