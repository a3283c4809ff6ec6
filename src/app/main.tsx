import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { applyUrl } from './use-url-sync.ts';
import './app.css';

// The URL is read before the first render so the map opens where the link says.
applyUrl(window.location.search, true);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
