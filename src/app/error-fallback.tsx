import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { resetToHome } from '../kiosk/kiosk-controller.tsx';
import { useAppStore } from '../store/app-store.ts';
import { installWaitingUpdate } from './start-up.ts';

/** Seconds before an unattended kiosk recovers from an error by itself. */
const KIOSK_RECOVERY_SECONDS = 5;

export function ErrorFallback({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  const kiosk = useAppStore((s) => s.kiosk.enabled);
  useEffect(() => {
    if (!kiosk) return;
    useAppStore.getState().logError('render error: recovered by returning to the home view');
    const timer = setTimeout(() => {
      resetToHome();
      installWaitingUpdate();
      retry();
    }, KIOSK_RECOVERY_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [kiosk, retry]);
  return (
    <div className="error-fallback" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.body')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}
