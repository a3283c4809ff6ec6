/**
 * The pipeline's last step: the curators' boundary corrections (data/boundary-corrections.json, written by the
 * workbench) put in place on the districts built from Natural Earth, so that `npm run data:districts` keeps
 * them. Pure (text in, features out) so it is tested without the 95 MB source; a correction that no longer
 * applies stops the build with the file, the entry and the field.
 */
import {
  applyBoundaryCorrections,
  boundaryCorrectionsFile,
  correctedGeometryProblems,
  type BoundaryCorrection,
} from '../../src/data/boundary-corrections.ts';
import { findGeometryProblems, type DistrictFeature } from './transform.ts';

/** What a district's `source.note` says of its correction: visitors read it in the district's precision note. */
export function correctionNote(correction: BoundaryCorrection): string {
  return `Boundary corrected ${correction.date}: ${correction.note} Precision: ${correction.precision}`;
}

export function applyCorrectionsFile(
  features: readonly DistrictFeature[],
  text: string,
  file: string,
  decimals: number,
): { features: DistrictFeature[]; applied: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${String(error)})`);
  }
  const result = boundaryCorrectionsFile.safeParse(parsed);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const [list, index, ...field] = issue.path;
      const where =
        list === 'corrections' && typeof index === 'number'
          ? `correction #${index + 1} ${field.join('.') || '(entry)'}`
          : issue.path.join('.') || '(file)';
      return `${file}: ${where}: ${issue.message}`;
    });
    throw new Error(lines.join('\n'));
  }
  const corrections = result.data.corrections;
  const { features: corrected, problems } = applyBoundaryCorrections(features, corrections);
  const structure = corrections.flatMap((correction, index) => {
    const feature = corrected.find((candidate) => candidate.id === correction.district);
    return feature && feature.geometry === correction.geometry
      ? findGeometryProblems(feature, decimals).map((message) => ({ index, field: 'geometry', message }))
      : [];
  });
  const all = [...problems, ...structure, ...correctedGeometryProblems(corrected, corrections)];
  if (all.length > 0) {
    throw new Error(
      all
        .map(
          ({ index, field, message }) =>
            `${file}: correction #${index + 1} ("${corrections[index]?.district}") ${field}: ${message}`,
        )
        .join('\n'),
    );
  }
  const byId = new Map(corrections.map((correction) => [correction.district, correction]));
  return {
    features: corrected.map((feature) => {
      const correction = byId.get(feature.id);
      if (!correction) return feature;
      const { source } = feature.properties;
      return {
        ...feature,
        properties: {
          ...feature.properties,
          source: { ...source, note: `${source.note} ${correctionNote(correction)}` },
        },
      };
    }),
    applied: corrections.length,
  };
}
