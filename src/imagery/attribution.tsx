import { useTranslation } from 'react-i18next';
import type { ImageryLayer } from '../data/schema.ts';
import { localized } from '../lib/localized.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectVisibleImagery } from '../store/selectors.ts';

/**
 * Attribution and licence of every imagery layer on screen, as text (MapLibre's control renders
 * attribution as HTML, and these strings come from a curator's file). Only the validated https licence
 * URL becomes a link.
 */
export function Attribution() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const visible = useAppStore(selectVisibleImagery);
  const kiosk = useAppStore((s) => s.kiosk.enabled);
  const layers = (visible.mode === 'single' ? [visible.base] : [visible.before, visible.after]).filter(
    (layer): layer is ImageryLayer => layer !== undefined,
  );
  const unique = layers.filter((layer, i) => layers.findIndex((other) => other.id === layer.id) === i);
  return (
    <footer className="attribution" aria-label={t('map.attribution')}>
      {unique.map((layer) => (
        <p key={layer.id}>
          <span>{localized(layer.title, lang)}</span>: {layer.attribution} ·{' '}
          {kiosk ? (
            <span>
              {t('map.licence')}: {layer.license}
            </span>
          ) : (
            <a href={layer.licenseUrl} target="_blank" rel="noreferrer noopener">
              {t('map.licence')}: {layer.license}
            </a>
          )}
        </p>
      ))}
      <p>{t('map.boundaries')}</p>
    </footer>
  );
}
