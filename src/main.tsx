// Entry point of the browser app.
/// <reference types="vite-plugin-pwa/client" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';
import { App } from './ui/App';
import { ErrorBoundary } from './ui/ErrorBoundary';
import './ui/app.css';
// Base first; the narrower-window rules after the screens they override; find and preview links last.
import './ui/styles/editor.css';
import './ui/styles/form.css';
import './ui/styles/findings.css';
import './ui/styles/start.css';
import './ui/styles/import.css';
import './ui/styles/dialogs.css';
import './ui/styles/narrow.css';
import './ui/styles/find.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </I18nextProvider>
  </StrictMode>,
);

// Offline use: the service worker (vite-plugin-pwa) precaches the app. Production builds only, so
// `npm run dev` never has a worker serving stale files. Loaded after the start so that workbox-window
// stays out of the first screen's script; a new version takes over on its own and reloads the page
// (the editor writes a pending draft on pagehide).
if (import.meta.env.PROD) {
  void import('virtual:pwa-register')
    .then(({ registerSW }) => registerSW({ immediate: true }))
    .catch(() => {
      // No service worker (private mode, old browser): the app works online as before.
    });
}
