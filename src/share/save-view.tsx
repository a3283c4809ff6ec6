/**
 * "Save picture" and "Save animation" in the Share panel: the view as seen (a swipe or side-by-side
 * comparison included) with the place, the date(s), the imagery credits and licences and the link burned
 * in. Offered only when every layer's licence allows it. Never at the kiosk: the Share panel is not there
 * (its QR code hands the view to a phone, which can save it).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-map-gl/maplibre';
import { downloadBlob } from '../lib/download.ts';
import { pictureFileName } from '../lib/picture/caption.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectLayersOnScreen } from '../store/selectors.ts';
import { withCaption } from './burn-caption.ts';
import { pictureContent, picturesAllowed } from './picture-content.ts';
import { animationFrames, drawsLayer, encodeTimeLapse, nextFrameWhen } from './time-lapse-video.ts';
import { captureView } from './view-capture.ts';

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

/** Every map of the app once (react-map-gl also lists the nearest one as `current`). */
function useMaps(): { maps: MapLibreMap[]; main: MapLibreMap | undefined } {
  const refs = useMap();
  const maps = [...new Set(Object.values(refs).flatMap((ref) => (ref ? [ref.getMap()] : [])))];
  return { maps, main: refs['main']?.getMap() };
}

interface Props {
  viewLink: string;
  /** Progress and outcome, for the Share panel's status line. */
  onStatus: (text: string) => void;
}

export function SaveView({ viewLink, onStatus: setStatus }: Props) {
  const { t } = useTranslation();
  const { maps, main } = useMaps();
  const allowed = useAppStore((s) => picturesAllowed(selectLayersOnScreen(s)));
  const frames = useAppStore((s) => animationFrames(s).length);
  const [busy, setBusy] = useState(false);
  // The comparison's frame: panes, overlay map and side-by-side map are all inside it.
  const area = main?.getContainer().closest<HTMLElement>('.map-stack') ?? main?.getContainer();

  const picture = async () => {
    if (!area) throw new Error('no map');
    await document.fonts.ready;
    const content = pictureContent(useAppStore.getState(), t, viewLink);
    return { content, image: withCaption(await captureView(maps, area), content.lines, content.rtl) };
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch {
      setStatus(t('picture.failed'));
    } finally {
      setBusy(false);
    }
  };

  const savePicture = () =>
    run(async () => {
      setStatus(t('picture.saving'));
      const { content, image } = await picture();
      downloadBlob(content.fileName, await toPng(image));
      setStatus(t('picture.saved', { file: content.fileName }));
    });

  const saveAnimation = () =>
    run(async () => {
      const store = useAppStore.getState();
      const original = store.timeline.asOf;
      const dates = animationFrames(store);
      const first = dates[0];
      const last = dates.at(-1);
      if (!main || !first || !last) return;
      try {
        const video = await encodeTimeLapse(dates, {
          frame: async (date) => {
            useAppStore.getState().setAsOf(date.day);
            // The source swap is a React effect: the frame is taken once the map asks for the date's tiles.
            await nextFrameWhen(() => drawsLayer(main, date.layer));
            return (await picture()).image;
          },
          onProgress: (done, total) => setStatus(t('picture.encoding', { done, total })),
        });
        if (!video) {
          setStatus(t('picture.noVideo'));
          return;
        }
        const place = pictureContent(useAppStore.getState(), t, viewLink).place;
        const fileName = pictureFileName(place, [first.date, last.date], 'webm');
        downloadBlob(fileName, video);
        setStatus(t('picture.saved', { file: fileName }));
      } finally {
        useAppStore.getState().setAsOf(original);
      }
    });

  return (
    <section className="save-view" aria-label={t('picture.title')}>
      {allowed ? (
        <div className="save-view-buttons">
          <button type="button" disabled={busy} onClick={() => void savePicture()}>
            {t('picture.save')}
          </button>
          {frames > 1 && (
            <button type="button" disabled={busy} onClick={() => void saveAnimation()}>
              {t('picture.saveAnimation')}
            </button>
          )}
        </div>
      ) : (
        <p className="save-view-note">{t('picture.notAllowed')}</p>
      )}
    </section>
  );
}
