/**
 * The unattended kiosk: after `idleSeconds` without a touch, "Still exploring?" counts down, then the app
 * resets (nothing of one visitor reaches the next) and the attract loop plays the scenes until a touch
 * brings back the home view.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../store/app-store.ts';
import { usePrefersReducedMotion } from '../lib/use-prefers-reduced-motion.ts';
import { captionAsOf, scenePair, sceneSeconds } from '../lib/scene-time.ts';
import { SceneSources } from './scene-sources.tsx';
import { BilingualData, BilingualText } from './bilingual.tsx';
import { flyHome } from './home-view.ts';
import { applyScene, loopScenes, playableScenes, wrap } from './tour.ts';
import { useTimeLapseFrame } from './time-lapse-frames.ts';
import { useActivity } from './use-activity.ts';

const DEFAULT_IDLE_SECONDS = 90;
const DEFAULT_COUNTDOWN_SECONDS = 10;

/** Returns the kiosk to its home view with a clean session. */
export function resetToHome(): void {
  useAppStore.getState().resetSession();
  flyHome();
}

function Countdown({ seconds, onDone }: { seconds: number; onDone: () => void }) {
  const [left, setLeft] = useState(seconds);
  const setPhase = useAppStore((s) => s.setPhase);
  // Any touch, anywhere, means the visitor is still there.
  useEffect(() => {
    const stay = () => setPhase('explore');
    window.addEventListener('pointerdown', stay, { capture: true });
    window.addEventListener('keydown', stay, { capture: true });
    return () => {
      window.removeEventListener('pointerdown', stay, { capture: true });
      window.removeEventListener('keydown', stay, { capture: true });
    };
  }, [setPhase]);
  useEffect(() => {
    if (left <= 0) {
      onDone();
      return;
    }
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left, onDone]);
  return (
    <div
      className="kiosk-overlay countdown"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="countdown-title"
    >
      <div className="kiosk-card">
        <h2 id="countdown-title">
          <BilingualText k="kiosk.stillExploring" />
        </h2>
        <p aria-live="polite">
          <BilingualText k="kiosk.resetIn" options={{ count: left }} />
        </p>
        <button type="button" className="kiosk-primary" onClick={() => setPhase('explore')}>
          <BilingualText k="kiosk.keepExploring" />
        </button>
      </div>
    </div>
  );
}

function AttractLoop({ onTouch }: { onTouch: () => void }) {
  const scenes = useAppStore((s) => s.data.scenes);
  const checks = useAppStore((s) => s.kiosk.checks);
  const featured = useAppStore((s) => s.data.kiosk?.featuredScenes);
  const loop = useMemo(
    () => loopScenes(playableScenes(scenes, checks), featured ?? []),
    [scenes, checks, featured],
  );
  const [index, setIndex] = useState(0);
  const reducedMotion = usePrefersReducedMotion();
  const scene = loop[wrap(index, loop.length)];
  // A time-lapse scene plays its dates through the timeline; its caption follows the frame's day.
  const frameDay = useTimeLapseFrame(scene, reducedMotion);

  useEffect(() => {
    if (!scene) return;
    const store = useAppStore.getState();
    if (scene.kind === 'time-lapse') {
      // Its frames set the imagery (useTimeLapseFrame); the scene sets the camera only.
      store.requestCamera({ center: scene.camera.center, zoom: scene.camera.zoom });
    } else {
      store.setAsOf(undefined);
      applyScene(scene, store);
    }
    // Reduced motion: the first scene stays (no auto-advance, no sweep) until a touch.
    if (reducedMotion) return;
    const seconds = sceneSeconds(scene, store.data.imagery);
    const next = setTimeout(() => setIndex((i) => i + 1), seconds * 1000);
    // A slow sweep of the divider shows both dates in every scene.
    let frame = 0;
    const start = performance.now();
    const sweep = (now: number) => {
      const phase = ((now - start) / (seconds * 1000)) * Math.PI * 2;
      useAppStore.getState().setSplit(50 - 35 * Math.sin(phase));
      frame = requestAnimationFrame(sweep);
    };
    if (scene.kind === 'compare' && scenePair(scene, store.data.imagery)?.mode === 'swipe')
      frame = requestAnimationFrame(sweep);
    return () => {
      clearTimeout(next);
      cancelAnimationFrame(frame);
    };
  }, [scene, reducedMotion]);

  return (
    <button type="button" className="kiosk-overlay attract" onClick={onTouch} data-scene={scene?.id}>
      <span className="kiosk-card">
        <span className="attract-title">
          <BilingualText k="kiosk.touchToExplore" />
        </span>
        {scene && (
          <span className="attract-caption">
            <strong>
              <BilingualData text={scene.title} />
            </strong>
            <BilingualData text={captionAsOf(scene, frameDay)} />
            <SceneSources scene={scene} linksAllowed={false} />
          </span>
        )}
      </span>
    </button>
  );
}

/** `onSessionReset` runs after each reset (the app installs a waiting new version then). */
export function KioskController({ onSessionReset }: { onSessionReset: () => void }) {
  const phase = useAppStore((s) => s.kiosk.phase);
  const idleOverride = useAppStore((s) => s.kiosk.idleOverride);
  const settings = useAppStore((s) => s.data.kiosk);
  const setPhase = useAppStore((s) => s.setPhase);
  const idleSeconds = idleOverride ?? settings?.idleSeconds ?? DEFAULT_IDLE_SECONDS;
  const countdownSeconds = settings?.countdownSeconds ?? DEFAULT_COUNTDOWN_SECONDS;

  useActivity(phase === 'explore' ? idleSeconds * 1000 : undefined, () => setPhase('countdown'));

  const finishCountdown = useMemo(
    () => () => {
      resetToHome();
      useAppStore.getState().setPhase('attract');
      onSessionReset();
    },
    [onSessionReset],
  );
  const touch = useMemo(
    () => () => {
      resetToHome();
      onSessionReset();
    },
    [onSessionReset],
  );

  if (phase === 'countdown') return <Countdown seconds={countdownSeconds} onDone={finishCountdown} />;
  if (phase === 'attract') return <AttractLoop onTouch={touch} />;
  return null;
}
