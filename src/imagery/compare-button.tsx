import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';

/** Where focus returns when the comparison closes and the control that opened it is gone. */
export const COMPARE_BUTTON_ID = 'compare-button';

/** Opens or closes the before/after comparison on the current view. */
export function CompareButton() {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.compare.open);
  const hasLayers = useAppStore((s) => s.data.imagery.layers.length > 1);
  const { openCompare, closeCompare } = useAppStore.getState();
  if (!hasLayers) return null;
  return (
    <button
      id={COMPARE_BUTTON_ID}
      type="button"
      className="header-button"
      aria-pressed={open}
      onClick={() => (open ? closeCompare() : openCompare())}
    >
      {t('compare.open')}
    </button>
  );
}
