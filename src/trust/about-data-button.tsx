/** The header button that opens (and closes) the "About the data" panel. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import { ABOUT_PANEL_ID } from './about-data-panel.tsx';

export function AboutDataButton() {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.trust.aboutOpen);
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  return (
    <button
      type="button"
      className="header-button"
      aria-expanded={open}
      aria-controls={ABOUT_PANEL_ID}
      onClick={() => setAboutOpen(!open)}
    >
      {t('trust.aboutButton')}
    </button>
  );
}
