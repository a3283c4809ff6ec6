/** "Whole region": back to kiosk.json's home view from wherever a visitor (or a tour scene) left the map. */
import { useTranslation } from 'react-i18next';
import { flyHome } from './home-view.ts';

export function WholeRegionButton({ className }: { className: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={className} onClick={flyHome}>
      {t('kiosk.wholeRegion')}
    </button>
  );
}
