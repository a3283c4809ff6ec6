import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';

/** Says so when satellite imagery cannot load, so the vector-only map is not mistaken for a fault. */
export function ImageryNotice() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.ui.imageryStatus);
  if (status !== 'unavailable') return null;
  return (
    <p className="imagery-notice" role="status">
      {t('map.imageryUnavailable')}
    </p>
  );
}
