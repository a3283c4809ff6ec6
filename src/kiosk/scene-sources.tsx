/**
 * A scene's sources, shown with its caption in the tour and in the attract loop: title, publisher and date
 * of each, so that the caption's figures can be traced and dated. Phrasing content only (the attract loop
 * is one big button); titles are links only on the web, never at the kiosk.
 */
import { useTranslation } from 'react-i18next';
import type { Scene } from '../data/scene-schema.ts';
import { useAppStore } from '../store/app-store.ts';
import { SourceLine } from '../ui/source-line.tsx';

export function SceneSources({ scene, linksAllowed }: { scene: Scene; linksAllowed: boolean }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  return (
    <span className="scene-sources">
      <span className="scene-sources-label">{t('trust.sceneSources')}</span>{' '}
      {scene.sources.map((source, i) => (
        <span key={source.url} className="scene-source">
          {i > 0 && '; '}
          <SourceLine source={source} linksAllowed={linksAllowed} lang={lang} />
        </span>
      ))}
    </span>
  );
}
