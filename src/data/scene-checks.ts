/**
 * A scene's imagery against the catalog: a comparison's two layers exist; a time-lapse's family exists and has
 * at least two dates from `from` to `to`, and its dated captions run in order inside that range.
 */
import { isBefore } from '../lib/day.ts';
import { familiesOf } from '../lib/imagery-timeline.ts';
import { timeLapseFrames } from '../lib/scene-time.ts';
import type { IssueList } from './issues.ts';
import type { JsonPath } from './json-source.ts';
import { warnMissingTranslations } from './parse-items.ts';
import type { ImageryLayer } from './imagery-schema.ts';
import type { Scene, TimeLapseScene } from './scene-schema.ts';

type At = (...path: (string | number)[]) => JsonPath;

export interface SceneContext {
  imageryIds?: ReadonlySet<string>;
  /** The valid layers of imagery.json (a time-lapse's family and dates are looked up in them). */
  imageryLayers?: readonly ImageryLayer[];
  projectIds?: ReadonlySet<string>;
}

export function checkSceneImagery(
  issues: IssueList,
  scene: Scene,
  context: SceneContext,
  at: At,
  subject: string,
): void {
  if (scene.kind === 'time-lapse') {
    checkTimeLapse(issues, scene, context.imageryLayers, at, subject);
    return;
  }
  for (const side of ['before', 'after'] as const) {
    if (context.imageryIds && !context.imageryIds.has(scene.imagery[side])) {
      issues.error(
        'unknown-imagery',
        `imagery.${side} "${scene.imagery[side]}" is not a layer in imagery.json in ${subject}`,
        at('imagery', side),
      );
    }
  }
}

function checkTimeLapse(
  issues: IssueList,
  scene: TimeLapseScene,
  layers: readonly ImageryLayer[] | undefined,
  at: At,
  subject: string,
): void {
  const { family, from, to } = scene.timeLapse;
  const inOrder = !isBefore(to, from);
  if (!inOrder) {
    issues.error(
      'to-before-from',
      `timeLapse.to "${to}" is before timeLapse.from "${from}" in ${subject}`,
      at('timeLapse', 'to'),
    );
  }
  // Without a readable catalog the family and its dates cannot be checked (as for a comparison's layers).
  if (layers && layers.length > 0) {
    const catalog = { layers };
    const families = familiesOf(catalog);
    if (!families.includes(family)) {
      issues.error(
        'unknown-family',
        `timeLapse.family "${family}" is not a family of imagery.json in ${subject} (families: ${
          families.join(', ') || 'none'
        })`,
        at('timeLapse', 'family'),
      );
    } else if (inOrder) {
      const frames = timeLapseFrames(catalog, scene.timeLapse);
      if (frames.length < 2) {
        issues.error(
          'too-few-frames',
          `timeLapse has ${frames.length} layer(s) of family "${family}" dated from ${from} to ${to} in ` +
            `${subject}; a time-lapse needs at least 2`,
          at('timeLapse'),
        );
      }
    }
  }
  scene.captions?.forEach((entry, i) => {
    const previous = scene.captions?.[i - 1];
    if (previous && !isBefore(previous.from, entry.from)) {
      issues.error(
        'captions-not-ascending',
        `captions[${i}].from "${entry.from}" is not after the caption before it ("${previous.from}") in ${subject}`,
        at('captions', i, 'from'),
      );
    } else if (isBefore(entry.from, from) || isBefore(to, entry.from)) {
      issues.warn(
        'caption-outside-range',
        `captions[${i}].from "${entry.from}" is outside the time-lapse (${from} to ${to}) in ${subject}`,
        at('captions', i, 'from'),
      );
    }
    warnMissingTranslations(issues, entry.caption, at('captions', i, 'caption'), subject);
  });
}
