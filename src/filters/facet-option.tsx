/** One value of a facet (a category, a status, a district): a checkbox with its live count. */
import { memo } from 'react';
import type { Category } from '../data/schema.ts';
import { CategoryIcon } from '../ui/category-icon.tsx';
import { CATEGORY_COLORS } from '../ui/theme.ts';

interface OptionProps<T extends string> {
  value: T;
  label: string;
  count: number;
  checked: boolean;
  onToggle: (value: T) => void;
  /** A category option shows its icon. */
  category?: Category;
}

function FacetOptionView<T extends string>({
  value,
  label,
  count,
  checked,
  onToggle,
  category,
}: OptionProps<T>) {
  return (
    <label className={count === 0 && !checked ? 'facet-option zero' : 'facet-option'}>
      {/* Named in one string: the label's boxes would give Chromium's name a stray space ("Completed , 1"). */}
      <input
        type="checkbox"
        aria-label={`${label}, ${count}`}
        checked={checked}
        onChange={() => onToggle(value)}
      />
      {category && <CategoryIcon category={category} color={CATEGORY_COLORS[category]} size={18} />}
      <span className="facet-label">{label}</span>
      <span className="facet-count">{count}</span>
    </label>
  );
}

/** Memoised: a filter change re-renders only the options whose count or state changed. */
export const FacetOption = memo(FacetOptionView) as typeof FacetOptionView;
