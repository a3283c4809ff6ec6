import { useTranslation } from 'react-i18next';
import type { Language } from '../data/schema.ts';
import { LANGUAGE_NAMES, UI_LANGUAGES } from '../i18n/i18n.ts';
import { useAppStore } from '../store/app-store.ts';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('language.label')}</span>
      <select value={lang} onChange={(event) => setLanguage(event.target.value as Language)}>
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
