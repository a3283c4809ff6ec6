/**
 * The kiosk's home: the exhibition's scenes as large cards. A card opens its scene in the guided tour (the
 * same scene, caption, imagery and camera as stepping there), so a visitor can go on to the next scene.
 */
import { useId, useMemo } from 'react';
import { captionAsOf } from '../lib/scene-time.ts';
import { useAppStore } from '../store/app-store.ts';
import { DataText } from '../ui/data-text.tsx';
import { BilingualData, BilingualText } from './bilingual.tsx';
import { playableScenes } from './tour.ts';

/** Drawn, not a character: the app's fonts have no play sign. */
function PlayIcon() {
  return (
    <svg className="scene-card-icon" aria-hidden="true" width="32" height="32" viewBox="0 0 24 24">
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <path d="M10 7.5v9l7-4.5z" fill="#fff" />
    </svg>
  );
}

export function SceneCards() {
  const id = useId();
  const lang = useAppStore((s) => s.ui.lang);
  const allScenes = useAppStore((s) => s.data.scenes);
  const checks = useAppStore((s) => s.kiosk.checks);
  // The tour's scenes, in the tour's order: a card's index is its step in the tour.
  const scenes = useMemo(() => playableScenes(allScenes, checks), [allScenes, checks]);
  if (scenes.length === 0) return null;
  const open = (index: number) => {
    const { goToScene, setTouring } = useAppStore.getState();
    goToScene(index);
    setTouring(true);
  };
  return (
    <section className="scene-cards" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <BilingualText k="kiosk.scenes" />
      </h2>
      <ul>
        {scenes.map((scene, index) => (
          <li key={scene.id}>
            <button
              type="button"
              className="scene-card"
              data-scene={scene.id}
              // Named by its title; the caption describes it (a name the length of a paragraph helps no one).
              aria-labelledby={`${id}-${index}-title`}
              aria-describedby={`${id}-${index}-caption`}
              onClick={() => open(index)}
            >
              <PlayIcon />
              <span id={`${id}-${index}-title`} className="scene-card-title">
                <BilingualData text={scene.title} />
              </span>
              <span id={`${id}-${index}-caption`} className="scene-card-caption">
                <DataText text={captionAsOf(scene, undefined)} lang={lang} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
