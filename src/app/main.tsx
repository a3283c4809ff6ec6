import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadMapLib } from '../map/map-lib.ts';
import { startUp } from './start-up.ts';
import { startDataLoad } from './use-data.ts';
import { applyUrl } from './use-url-sync.ts';
// Self-hosted fonts, only the scripts of the five languages (Latin with ə, ğ, ş; Cyrillic; Arabic): an
// offline kiosk renders them all, and the precache holds no Greek, Devanagari or Vietnamese files.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import './app.css';
import './desktop.css';
import './phone.css';
import './kiosk.css';

// The URL is read before the first render so the map opens where the link says.
applyUrl(window.location.search, true);
// Data and MapLibre are fetched at once, in parallel, rather than after the first render asks for them.
startDataLoad();
preloadMapLib();

// What waits for the map's first idle: the service worker, and the diagnostics hook with ?debug=1.
startUp(window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
