import type { StateCreator } from 'zustand';
import type { Category, Status } from '../data/schema.ts';
import type { AppState } from './app-store.ts';

export interface FilterState {
  categories: readonly Category[];
  statuses: readonly Status[];
  districts: readonly string[];
  /** Projects active in [from, to] (years, inclusive); undefined is unbounded. */
  from: number | undefined;
  to: number | undefined;
  text: string;
}

export const emptyFilters: FilterState = {
  categories: [],
  statuses: [],
  districts: [],
  from: undefined,
  to: undefined,
  text: '',
};

export interface FilterSlice {
  filters: FilterState;
  toggleCategory: (category: Category) => void;
  toggleStatus: (status: Status) => void;
  toggleDistrict: (id: string) => void;
  setYearRange: (from: number | undefined, to: number | undefined) => void;
  setText: (text: string) => void;
  setFilters: (filters: FilterState) => void;
  clearFilters: () => void;
}

const toggle = <T>(items: readonly T[], item: T): readonly T[] =>
  items.includes(item) ? items.filter((existing) => existing !== item) : [...items, item];

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => {
  const update = (change: (filters: FilterState) => Partial<FilterState>) =>
    set((state) => ({ filters: { ...state.filters, ...change(state.filters) } }));
  return {
    filters: emptyFilters,
    toggleCategory: (category) => update((f) => ({ categories: toggle(f.categories, category) })),
    toggleStatus: (status) => update((f) => ({ statuses: toggle(f.statuses, status) })),
    toggleDistrict: (id) => update((f) => ({ districts: toggle(f.districts, id) })),
    setYearRange: (from, to) =>
      update(() =>
        from !== undefined && to !== undefined && from > to ? { from: to, to: from } : { from, to },
      ),
    setText: (text) => update(() => ({ text })),
    setFilters: (filters) => set({ filters }),
    clearFilters: () => set({ filters: emptyFilters }),
  };
};

export function hasActiveFilters(filters: FilterState): boolean {
  return (
    filters.categories.length > 0 ||
    filters.statuses.length > 0 ||
    filters.districts.length > 0 ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.text.trim() !== ''
  );
}
