import { useTranslation } from 'react-i18next';
import { localized } from '../lib/localized.ts';
import { useAppStore } from '../store/app-store.ts';
import { baseImageryLayer } from './selectors.ts';

/**
 * Attribution as plain text (MapLibre's control renders attribution strings as HTML, and these strings
 * come from a curator's file). Only the validated https licence URL becomes a link.
 */
export function Attribution() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const layer = useAppStore((s) => baseImageryLayer(s.data.imagery));
  return (
    <footer className="attribution" aria-label={t('map.attribution')}>
      {layer && (
        <p>
          <span>{localized(layer.title, lang)}</span>: {layer.attribution} ·{' '}
          <a href={layer.licenseUrl} target="_blank" rel="noreferrer noopener">
            {t('map.licence')}: {layer.license}
          </a>
        </p>
      )}
      <p>{t('map.boundaries')}</p>
    </footer>
  );
}
