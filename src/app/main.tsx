import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadMapLib } from '../map/map-view.tsx';
import { startDataLoad } from './use-data.ts';
import { applyUrl } from './use-url-sync.ts';
import './app.css';

// The URL is read before the first render so the map opens where the link says.
applyUrl(window.location.search, true);
// Data and MapLibre are fetched at once, in parallel, rather than after the first render asks for them.
startDataLoad();
preloadMapLib();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
