/** WCAG contrast of colours given as `#rrggbb`: pick the ink that stays readable on a coloured background. */

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (WCAG 2.x) of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** The contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Of the inks given, the one with the most contrast on `background`. */
export function readableInk(background: string, inks: readonly string[] = ['#ffffff', '#1b1b1b']): string {
  return inks.reduce((best, ink) =>
    contrastRatio(ink, background) > contrastRatio(best, background) ? ink : best,
  );
}
