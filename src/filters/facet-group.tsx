/**
 * One group of the filters (category, status, district, years). Where the panel is one column beside the
 * map (desktops and tablets narrower than the two-column panel) a group folds to one line: a button naming
 * it and what is chosen in it. Opened, its choices show under it; the results stay in view below the
 * groups. Elsewhere (phones, wide screens, the kiosk) it is a plain group, always open. Which groups are open
 * lives in the store, so they stay open while a passport or district panel opens and closes (and a session
 * reset folds them again).
 */
import { useId, type ReactNode } from 'react';
import { useAppStore } from '../store/app-store.ts';
import type { FacetGroupKey } from '../store/ui-slice.ts';

export function FacetGroup({
  group,
  title,
  summary,
  foldable,
  className = 'facet',
  children,
}: {
  group: FacetGroupKey;
  title: string;
  /** What is chosen, in a few words ("Housing or Energy", "All"). */
  summary: string;
  foldable: boolean;
  className?: string;
  children: ReactNode;
}) {
  const open = useAppStore((s) => s.ui.openFacets.includes(group));
  const id = useId();
  if (!foldable)
    return (
      <fieldset className={className}>
        <legend>{title}</legend>
        {children}
      </fieldset>
    );
  return (
    <div className={open ? 'facet-group open' : 'facet-group'}>
      <h3>
        <button
          type="button"
          className="facet-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => useAppStore.getState().toggleFacetOpen(group)}
        >
          {/* The space parts the two in the button's name (the flex layout does not draw it). */}
          <span className="facet-title">{title}</span> <span className="facet-summary">{summary}</span>
        </button>
      </h3>
      <fieldset id={id} className={className} hidden={!open}>
        <legend className="visually-hidden">{title}</legend>
        {children}
      </fieldset>
    </div>
  );
}
