/**
 * Where the swipe divider goes so that it never hides a place the visitor came to see: opened from a
 * project, the project is framed in the middle of the map, exactly where a divider at 50 % and its grip
 * would sit. Pure, in pixels along the axis the divider moves on (from the inline start, or from the top).
 */

/**
 * How far the divider's line stays from the place: the grip's radius, the touch strip's half and a marker
 * with its ring, and more on a large map so that the place's surroundings show too.
 */
export function clearanceFor(length: number): number {
  return Math.min(240, Math.max(96, length * 0.2));
}

/**
 * The split (0–100) for a divider kept `clearance` px clear of the point `at` on an axis `length` px long.
 * The current split stays when it is clear already (or the point is off the map). Otherwise the divider
 * goes before the point, so that the place shows in its after imagery, or after it when there is no room.
 */
export function splitBeside(
  at: number,
  length: number,
  split: number,
  clearance = clearanceFor(length),
): number {
  if (length <= 0 || at < 0 || at > length) return split;
  if (Math.abs((split / 100) * length - at) >= clearance) return split;
  // The grip needs room at the map's edge too: half a clearance.
  const margin = clearance / 2;
  const line = at - clearance >= margin ? at - clearance : Math.min(at + clearance, length - margin);
  return (line / length) * 100;
}
