import { useEffect } from 'react';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';

let started: ReturnType<typeof loadData> | undefined;

/** Starts fetching and validating the data before React's first render (main.tsx calls it). */
export function startDataLoad(): void {
  started ??= loadData(import.meta.env.BASE_URL);
}

/** Forgets a started load, so the next start fetches again (tests render the app many times). */
export function resetDataLoad(): void {
  started = undefined;
}

/** Hands the loaded data to the store, once. */
export function useData(): void {
  useEffect(() => {
    let active = true;
    startDataLoad();
    // Validation stays on the main thread: measured in a Web Worker it made start-up slower (2.3 s → 3.0 s
    // with 10 000 projects), as the worker competes with MapLibre's workers and software GL on two cores.
    void started?.then((data) => {
      if (!active) return;
      useAppStore.getState().setData(data);
      // Errors one by one (they leave data out); warnings as a count (the Data issues panel lists them).
      const errors = data.issues.filter((issue) => issue.severity === 'error');
      for (const issue of errors) {
        const fix = issue.hint ? ` (fix: ${issue.hint.text})` : '';
        console.warn(
          `${issue.file}:${issue.line}:${issue.column} ${issue.severity} ${issue.code} ${issue.message}${fix}`,
        );
      }
      const warnings = data.issues.length - errors.length;
      if (warnings > 0) console.info(`Revival Atlas: ${warnings} data warnings (see the Data issues panel)`);
    });
    return () => {
      active = false;
    };
  }, []);
}
