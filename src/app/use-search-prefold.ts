import { useEffect } from 'react';
import { prefoldSearch } from '../data/project-index.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectEntries } from '../store/selectors.ts';

/** Prepares search in the visitor's language while the app is idle (see prefoldSearch). */
export function useSearchPrefold(): void {
  const entries = useAppStore(selectEntries);
  const lang = useAppStore((s) => s.ui.lang);
  useEffect(() => prefoldSearch(entries, lang), [entries, lang]);
}
