/**
 * Keeps the URL and the store in step. Panning and language changes replace the history entry; opening a
 * project pushes one, so Back closes it.
 */
import { useEffect } from 'react';
import { useAppStore } from '../store/app-store.ts';
import { parseUrl, serializeUrl, type UrlState } from '../store/url-state.ts';
import type { UiState } from '../store/ui-slice.ts';

const DEFAULT_LANGUAGE = 'en';

function urlStateOf(ui: UiState): UrlState {
  return { lang: ui.lang, view: ui.view, project: ui.selectedProjectId };
}

/** Applies the current URL to the store (at start and on Back/Forward). */
export function applyUrl(search: string, initial: boolean): void {
  const { state, ignored } = parseUrl(search);
  if (initial && ignored.length > 0)
    console.warn(`Revival Atlas: ignored URL parameters: ${ignored.join('; ')}`);
  const store = useAppStore.getState();
  if (state.lang) store.setLanguage(state.lang);
  if (state.view && initial) store.setView(state.view);
  store.selectProject(state.project);
}

export function useUrlSync(): void {
  useEffect(() => {
    const onPopState = () => applyUrl(window.location.search, false);
    window.addEventListener('popstate', onPopState);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.ui === previous.ui) return;
      const search = serializeUrl(urlStateOf(state.ui), window.location.search, { lang: DEFAULT_LANGUAGE });
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      const opened =
        state.ui.selectedProjectId !== undefined &&
        state.ui.selectedProjectId !== previous.ui.selectedProjectId;
      if (opened) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, []);
}
