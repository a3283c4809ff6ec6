/** One row of the project list: icon, name, status and where and when; it opens the project's passport. */
import { memo } from 'react';
import type { ProjectEntry } from '../data/project-index.ts';
import type { Language } from '../data/schema.ts';
import { directionOf } from '../lib/bidi.ts';
import { CategoryIcon } from '../ui/category-icon.tsx';
import { CATEGORY_COLORS } from '../ui/theme.ts';

export const ROW_HEIGHT = 64;

interface RowProps {
  entry: ProjectEntry;
  name: string;
  /** The language the name is shown in (a fallback may differ from the interface's). */
  nameLang: Language;
  meta: string;
  statusLabel: string;
  categoryLabel: string;
  position: number;
  size: number;
  top: number;
  onOpen: (entry: ProjectEntry) => void;
  onHover: (id: string | undefined) => void;
}

/** Memoised so that a filter change re-renders only rows whose place or text changed. */
export const ProjectRow = memo(function ProjectRow({
  entry,
  name,
  nameLang,
  meta,
  statusLabel,
  categoryLabel,
  position,
  size,
  top,
  onOpen,
  onHover,
}: RowProps) {
  return (
    <li
      aria-setsize={size}
      aria-posinset={position}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <button
        type="button"
        className="project-row"
        // The passport hands focus back to this row when it closes, though the list was re-rendered.
        data-focus-key={`project:${entry.id}`}
        onClick={() => onOpen(entry)}
        onMouseEnter={() => onHover(entry.id)}
        onMouseLeave={() => onHover(undefined)}
        onFocus={() => onHover(entry.id)}
        onBlur={() => onHover(undefined)}
      >
        <CategoryIcon category={entry.category} color={CATEGORY_COLORS[entry.category]} />
        <span className="row-text">
          <span className="row-name">
            <bdi lang={nameLang} dir={directionOf(nameLang)}>
              {name}
            </bdi>
          </span>
          {/* The icon shows the category to the eye; a screen reader hears its name. */}
          <span className="visually-hidden">, {categoryLabel}, </span>
          <span className="row-meta">
            <span className={`status-dot status-${entry.status}`}>{statusLabel}</span>
            {' · '}
            {meta}
          </span>
        </span>
      </button>
    </li>
  );
});
