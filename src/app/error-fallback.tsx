import { useTranslation } from 'react-i18next';

export function ErrorFallback() {
  const { t } = useTranslation();
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
