/**
 * Keeps the URL and the store in step. Panning, filtering and language changes replace the history entry;
 * opening a project or a district pushes one, so Back closes it.
 */
import { useEffect } from 'react';
import { emptyFilters } from '../store/filter-slice.ts';
import { preferredLanguage, rememberedLanguage } from '../i18n/i18n.ts';
import { useAppStore, type AppState } from '../store/app-store.ts';
import { selectVisibleImagery } from '../store/selectors.ts';
import { HOME_VIEW } from '../store/ui-slice.ts';
import { parseUrl, serializeUrl, type UrlState } from '../store/url-state.ts';

function urlStateOf(state: AppState): UrlState {
  const { ui, filters, compare } = state;
  // An after side that follows the timeline's day is written as the layer it shows: a link opens what was seen.
  const after = compare.after ?? selectVisibleImagery(state).after?.id;
  return {
    lang: ui.lang,
    // Not moved yet: the link leaves the view out, and each screen that opens it fits the whole region.
    view: ui.view === HOME_VIEW ? undefined : ui.view,
    project: ui.selectedProjectId,
    district: ui.selectedDistrictId,
    categories: [...filters.categories],
    statuses: [...filters.statuses],
    districts: [...filters.districts],
    q: filters.text,
    from: filters.from,
    to: filters.to,
    ...(compare.open && compare.before && after
      ? { before: compare.before, after, mode: compare.mode, split: compare.split }
      : {}),
    asOf: state.timeline.asOf,
  };
}

/** Applies the current URL to the store (at start and on Back/Forward). */
export function applyUrl(search: string, initial: boolean): void {
  const { state, ignored } = parseUrl(search);
  if (initial && ignored.length > 0)
    console.warn(`Revival Atlas: ignored URL parameters: ${ignored.join('; ')}`);
  const store = useAppStore.getState();
  if (initial && state.kiosk) store.enableKiosk(state.idle);
  // An exhibit is never an embed: with both, the kiosk wins.
  else if (initial && state.embed) store.enableEmbed();
  if (state.lang) store.setLanguage(state.lang);
  // The web remembers a visitor's language; the kiosk starts each visitor in its own default.
  else if (initial && !state.kiosk)
    store.setLanguage(preferredLanguage(rememberedLanguage(), navigator.languages ?? []));
  if (state.view && initial) store.setView(state.view);
  store.setFilters({
    ...emptyFilters,
    categories: state.categories ?? [],
    statuses: state.statuses ?? [],
    districts: state.districts ?? [],
    text: state.q ?? '',
    from: state.from,
    to: state.to,
  });
  store.setAsOf(state.asOf);
  if (state.before && state.after) {
    store.openCompare({ before: state.before, after: state.after, mode: state.mode, split: state.split });
  } else store.closeCompare();
  store.selectDistrict(state.district);
  store.selectProject(state.project);
}

/** Typing in the search box or panning changes the state many times a second; the URL follows at rest. */
const REPLACE_DELAY_MS = 200;

function currentUrl(): string | undefined {
  // The language is always written: a shared link opens in the language it was made in.
  const search = serializeUrl(urlStateOf(useAppStore.getState()), window.location.search);
  return search === window.location.search
    ? undefined
    : `${window.location.pathname}${search}${window.location.hash}`;
}

/**
 * The address of what is on screen now, written from the store: the Share control reads it at the moment
 * of a press, so a view changed less than REPLACE_DELAY_MS ago is already in it.
 */
export function currentViewHref(): string {
  const search = serializeUrl(urlStateOf(useAppStore.getState()), window.location.search);
  return new URL(`${window.location.pathname}${search}`, window.location.href).href;
}

export function useUrlSync(): void {
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const cancel = () => {
      clearTimeout(pending);
      pending = undefined;
    };
    const replace = () => {
      cancel();
      const url = currentUrl();
      if (url) window.history.replaceState(null, '', url);
    };
    const onPopState = () => {
      cancel();
      applyUrl(window.location.search, false);
    };
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pagehide', replace);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (
        state.ui === previous.ui &&
        state.filters === previous.filters &&
        state.compare === previous.compare &&
        state.timeline === previous.timeline
      )
        return;
      const opened = (key: 'selectedProjectId' | 'selectedDistrictId') =>
        state.ui[key] !== undefined && state.ui[key] !== previous.ui[key];
      const compareOpened = state.compare.open && !previous.compare.open;
      if (opened('selectedProjectId') || opened('selectedDistrictId') || compareOpened) {
        // Opening is a new history entry, written at once so Back returns to the state before it.
        cancel();
        const url = currentUrl();
        if (url) window.history.pushState(null, '', url);
      } else {
        // Debounced, not throttled: each replaceState makes Chromium fetch the favicon again, so a drag
        // of the divider writes the URL once, when it stops.
        clearTimeout(pending);
        pending = setTimeout(replace, REPLACE_DELAY_MS);
      }
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', replace);
      unsubscribe();
      cancel();
    };
  }, []);
}
