import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './features/app';
import { isPrintRoute, PrintApp } from './features/reports';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render Stance into.');

createRoot(container).render(
  <StrictMode>
    {/* A print route shows only its document, so nothing of the app frame reaches the paper. */}
    {isPrintRoute(window.location.hash) ? (
      <PrintApp />
    ) : (
      <ErrorBoundary scope="app">
        <App />
      </ErrorBoundary>
    )}
  </StrictMode>,
);
