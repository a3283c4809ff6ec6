/** Small line icons, one per project category, so a category is recognisable without its colour. */
import type { Category } from '../data/schema.ts';
import { readableInk } from '../lib/contrast.ts';

const PATHS: Record<Category, string> = {
  housing: 'M3 11 12 4l9 7M6 10v10h12V10M10 20v-6h4v6',
  transport: 'M8 21 10 3M16 21 14 3M12 6v2M12 11v2M12 16v2',
  energy: 'M13 2 5 13h6l-1 9 8-11h-6z',
  agriculture: 'M12 21V10M12 14c-5 0-7-4-7-8 4 0 7 2 7 6M12 12c0-4 3-7 7-7 0 4-2 8-7 8',
  industry: 'M3 21V11l5 3v-3l5 3V5h3v16zM3 21h18',
  social: 'M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.6-7 10-7 10z',
  heritage: 'M4 21h16M6 21v-8M18 21v-8M4 13h16M6 13a6 6 0 0 1 12 0M12 4v3',
  urban: 'M3 21h18M5 21V8h6v13M11 21V4h8v17M14 8h2M14 12h2M14 16h2M7 12h2M7 16h2',
  demining: 'M12 3 2 20h20zM12 9v5M12 17v.5',
  tourism: 'M4 8h4l2-3h4l2 3h4v11H4zM12 16.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7',
  water: 'M12 3s6 7 6 11a6 6 0 0 1-12 0c0-4 6-11 6-11z',
  digital: 'M2 9a15 15 0 0 1 20 0M5 12.5a10 10 0 0 1 14 0M8.5 16a5 5 0 0 1 7 0M12 19.5v.5',
};

export function CategoryIcon({
  category,
  color,
  size = 20,
}: {
  category: Category;
  color: string;
  size?: number;
}) {
  return (
    <svg
      className="category-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      style={{ background: color }}
    >
      <path
        d={PATHS[category]}
        fill="none"
        // White on dark colours, dark on light ones (amber, sky blue): the icon keeps 3:1 on its colour.
        stroke={readableInk(color)}
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
