import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadMapLib } from '../map/map-view.tsx';
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

// The URL is read before the first render so the map opens where the link says.
applyUrl(window.location.search, true);
// Data and MapLibre are fetched at once, in parallel, rather than after the first render asks for them.
startDataLoad();
preloadMapLib();

// The service worker (production only) makes the app work offline. A new version waits: the web gets it
// at the next visit, the kiosk at its next idle reset, so a running exhibit never changes under a visitor.
// Its precache (about 2.6 MB) waits for the map's first idle (or 10 s, if the map cannot start), so it
// does not compete with the first map for the network and the CPU.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  let started = false;
  const register = () => {
    if (started) return;
    started = true;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      let waiting = false;
      const update = registerSW({ immediate: true, onNeedRefresh: () => (waiting = true) });
      window.addEventListener('atlas:session-reset', () => {
        if (waiting) void update(true);
      });
    });
  };
  window.addEventListener('atlas:first-idle', register, { once: true });
  setTimeout(register, 10_000);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
