/** Renders a component as the app does: with i18n, in a language, against a fresh store. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../src/data/schema.ts';
import { resetDataLoad } from '../src/app/use-data.ts';
import { createI18n } from '../src/i18n/i18n.ts';
import { useAppStore } from '../src/store/app-store.ts';

export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
  resetDataLoad();
}

export function renderWithApp(ui: ReactElement, lang: Language = 'en') {
  useAppStore.getState().setLanguage(lang);
  return render(<I18nextProvider i18n={createI18n(lang)}>{ui}</I18nextProvider>);
}
