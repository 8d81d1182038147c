import '@mantine/core/styles.css';
import './app/a11y.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { createI18n, detectBrowserLanguage } from './lib/i18n';
import { createQueryClient } from './lib/query-client';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App
      i18n={createI18n(detectBrowserLanguage())}
      queryClient={createQueryClient()}
      router={createAppRouter()}
    />
  </StrictMode>,
);
