/** The guided tour: one scene at a time with its caption; the camera and the imagery pair follow. */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isolateIn } from '../lib/bidi.ts';
import { localized } from '../lib/localized.ts';
import { captionAsOf } from '../lib/scene-time.ts';
import { useAppStore } from '../store/app-store.ts';
import { Panel } from '../ui/panel.tsx';
import { BilingualData } from './bilingual.tsx';
import { SceneSources } from './scene-sources.tsx';
import { applyScene, playableScenes, wrap } from './tour.ts';

export function TourButton() {
  const { t } = useTranslation();
  const touring = useAppStore((s) => s.kiosk.touring);
  const hasScenes = useAppStore((s) => s.data.scenes.length > 0);
  const setTouring = useAppStore((s) => s.setTouring);
  if (!hasScenes) return null;
  return (
    <button
      type="button"
      className="header-button"
      aria-pressed={touring}
      onClick={() => setTouring(!touring)}
    >
      {t('tour.open')}
    </button>
  );
}

export function TourPanel() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const allScenes = useAppStore((s) => s.data.scenes);
  const checks = useAppStore((s) => s.kiosk.checks);
  const index = useAppStore((s) => s.kiosk.sceneIndex);
  const kiosk = useAppStore((s) => s.kiosk.enabled);
  const { goToScene, setTouring, closeCompare } = useAppStore.getState();
  const scenes = useMemo(() => playableScenes(allScenes, checks), [allScenes, checks]);
  const current = wrap(index, scenes.length);
  const scene = scenes[current];

  useEffect(() => {
    if (scene) applyScene(scene, useAppStore.getState());
  }, [scene]);

  const chrome = {
    className: 'tour',
    closeLabel: t('tour.close'),
    onClose: () => {
      setTouring(false);
      closeCompare();
    },
  };
  if (!scene) {
    return (
      <Panel {...chrome} title={t('tour.title')}>
        <p>{t('tour.empty')}</p>
      </Panel>
    );
  }
  return (
    <Panel {...chrome} title={<BilingualData text={scene.title} />}>
      <p className="tour-progress">{t('tour.progress', { index: current + 1, total: scenes.length })}</p>
      <p className="tour-caption">
        <BilingualData text={captionAsOf(scene, undefined)} />
      </p>
      <p className="tour-sources">
        <SceneSources scene={scene} linksAllowed={!kiosk} />
      </p>
      <div className="tour-nav">
        <button type="button" onClick={() => goToScene(wrap(current - 1, scenes.length))}>
          {t('tour.previous')}
        </button>
        <button type="button" onClick={() => goToScene(wrap(current + 1, scenes.length))}>
          {t('tour.next')}
        </button>
      </div>
      <ol className="tour-dots">
        {scenes.map((item, i) => (
          <li key={item.id}>
            <button
              type="button"
              aria-label={t('tour.goTo', {
                index: i + 1,
                title: isolateIn(lang, localized(item.title, lang)),
              })}
              aria-current={i === current ? 'step' : undefined}
              onClick={() => goToScene(i)}
            />
          </li>
        ))}
      </ol>
    </Panel>
  );
}
