import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import { selectLayersOnScreen } from '../store/selectors.ts';
import { DataText } from '../ui/data-text.tsx';

/**
 * Attribution and licence of every imagery layer on screen, as text (MapLibre's control renders
 * attribution as HTML, and these strings come from a curator's file). Only the validated https licence
 * URL becomes a link. Compact on phones, as MapLibre's own control is on small maps: an ⓘ button opens the
 * full text over the map (it would otherwise take five lines of a phone's map); wider screens show the text.
 */
export function Attribution() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const unique = useAppStore(selectLayersOnScreen);
  const kiosk = useAppStore((s) => s.kiosk.enabled);
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <footer className={open ? 'attribution open' : 'attribution'} aria-label={t('map.attribution')}>
      <button
        type="button"
        className="attribution-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {/* Drawn, not a character: the app's fonts have no ⓘ. */}
        <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24">
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
          <rect x="11" y="10" width="2" height="7" fill="currentColor" />
          <circle cx="12" cy="7" r="1.3" fill="currentColor" />
        </svg>
        <span className="visually-hidden">{t('menu.attribution')}</span>
      </button>
      <div id={id} className="attribution-text">
        {unique.map((layer) => (
          <p key={layer.id}>
            {/* Titles, attributions and licences are data: each keeps its own direction in Arabic. */}
            <DataText text={layer.title} lang={lang} />: <bdi>{layer.attribution}</bdi> ·{' '}
            {kiosk ? (
              <span>
                {t('map.licence')}: <bdi>{layer.license}</bdi>
              </span>
            ) : (
              <a href={layer.licenseUrl} target="_blank" rel="noreferrer noopener">
                {t('map.licence')}: <bdi>{layer.license}</bdi>
              </a>
            )}
          </p>
        ))}
        <p>{t('map.boundaries')}</p>
      </div>
    </footer>
  );
}
