import { useEffect } from 'react';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';

/** Loads the data files once at start. */
export function useData(): void {
  useEffect(() => {
    let active = true;
    void loadData(import.meta.env.BASE_URL).then((data) => {
      if (!active) return;
      useAppStore.getState().setData(data);
      for (const issue of data.issues) {
        console.warn(
          `${issue.file}:${issue.line}:${issue.column} ${issue.severity} ${issue.code} ${issue.message}`,
        );
      }
    });
    return () => {
      active = false;
    };
  }, []);
}
