// Typed translation keys: a missing or misspelt key is a type error, not a blank label.
import 'i18next';
import type en from './locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
