import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';

/** Says so when the satellite base layer cannot load, so the vector-only map is not mistaken for a fault. */
export function ImageryNotice() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.compare.status.base);
  const open = useAppStore((s) => s.compare.open);
  const retry = useAppStore((s) => s.retryImagery);
  if (open || status !== 'unavailable') return null;
  return (
    <div className="imagery-notice" role="status">
      <p>{t('map.imageryUnavailable')}</p>
      <button type="button" className="link-button" onClick={() => retry('base')}>
        {t('compare.retry')}
      </button>
    </div>
  );
}
