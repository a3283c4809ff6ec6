import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../data/schema.ts';
import { contrastRatio } from '../lib/contrast.ts';
import { CATEGORY_COLORS } from './theme.ts';
import { CategoryIcon } from './category-icon.tsx';

describe('CategoryIcon', () => {
  it.each(CATEGORIES)('draws the %s icon at 3:1 or more on its colour (WCAG 1.4.11)', (category) => {
    const { container } = render(<CategoryIcon category={category} color={CATEGORY_COLORS[category]} />);
    const stroke = container.querySelector('path')?.getAttribute('stroke') ?? '';
    expect(contrastRatio(stroke, CATEGORY_COLORS[category])).toBeGreaterThanOrEqual(3);
  });

  it('is decoration: hidden from assistive technology (the category is named in text nearby)', () => {
    const { container } = render(<CategoryIcon category="energy" color={CATEGORY_COLORS.energy} />);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });
});
