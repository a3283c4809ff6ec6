/**
 * The geometry checks as the curator edits a boundary: the corrections applied to the districts, then the same
 * checks as `npm run data:districts` and `npm run check-data` (district-geometry.ts), for the districts the
 * corrections touch. They come back as data, so the editor says them in the curator's language.
 */
import {
  applyBoundaryCorrections,
  type BoundaryCorrection,
  type DistrictArea,
} from '../data/boundary-corrections.ts';
import { boundaryFindings, type BoundaryFinding } from '../data/district-geometry.ts';
import { polygonOf, type CorrectionsDoc } from './boundary-store.ts';

/** A ring the checks cannot judge: under four positions (terra-draw keeps at least a triangle, a file may not). */
export type LiveFinding = BoundaryFinding | { kind: 'too-few-vertices'; id: string };

/** The entries that can be applied while the curator types: a district and a Polygon (texts may be empty). */
function applicable(doc: CorrectionsDoc): BoundaryCorrection[] {
  return doc.corrections.flatMap((entry) => {
    const geometry = polygonOf(entry.geometry);
    return typeof entry.district === 'string' && geometry
      ? [{ district: entry.district, geometry } as unknown as BoundaryCorrection]
      : [];
  });
}

export function liveFindings(
  doc: CorrectionsDoc,
  districts: readonly DistrictArea[],
  chosen: string | undefined,
): LiveFinding[] {
  const corrections = applicable(doc);
  const { features } = applyBoundaryCorrections(districts, corrections);
  const ids = new Set([...corrections.map((c) => c.district), ...(chosen ? [chosen] : [])]);
  const findings: LiveFinding[] = [];
  for (const correction of corrections) {
    if (correction.geometry.coordinates.some((ring) => ring.length < 4)) {
      findings.push({ kind: 'too-few-vertices', id: correction.district });
      ids.delete(correction.district);
    }
  }
  const seen = new Set<string>();
  for (const finding of boundaryFindings(features, ids)) {
    // An overlap of two corrected districts is found at both: said once.
    if (finding.kind === 'overlap') {
      const pair = [finding.id, finding.other].sort().join(' ');
      if (seen.has(pair)) continue;
      seen.add(pair);
    }
    findings.push(finding);
  }
  // The chosen district's findings first: it is the one on the map.
  return findings.sort((a, b) => Number(b.id === chosen) - Number(a.id === chosen));
}
