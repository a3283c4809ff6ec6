/**
 * What a saved picture says about itself, from the state it was taken in: the place (the open project or
 * district, else the region), the date(s) of the imagery on screen, each layer's credit and licence, and
 * the link back to the view. Whether it may be saved at all: every layer on screen must allow it
 * (`savePictures` in data/imagery.json; Esri's terms forbid it).
 */
import type { TFunction } from 'i18next';
import type { ImageryLayer } from '../data/imagery-schema.ts';
import { RTL_LANGUAGES } from '../i18n/i18n.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { localized } from '../lib/localized.ts';
import { pictureFileName } from '../lib/picture/caption.ts';
import type { AppState } from '../store/app-store.ts';
import { selectLayersOnScreen, selectVisibleImagery } from '../store/selectors.ts';
import type { CaptionLine } from './burn-caption.ts';

export interface PictureContent {
  lines: CaptionLine[];
  /** The open project's or district's id, empty for the region (for file names). */
  place: string;
  fileName: string;
  rtl: boolean;
  /** The layers on screen, once each. */
  layers: readonly ImageryLayer[];
  /** Every layer's licence allows saving (false with no imagery: there is nothing to save). */
  allowed: boolean;
}

/** Whether the licences of these layers allow saving a picture of them (none on screen: nothing to save). */
export const picturesAllowed = (layers: readonly ImageryLayer[]): boolean =>
  layers.length > 0 && layers.every((layer) => layer.savePictures);

function place(state: AppState, t: TFunction): { id: string; name: string } {
  const { lang, selectedProjectId, selectedDistrictId } = state.ui;
  const project = selectedProjectId ? state.data.projectsById.get(selectedProjectId) : undefined;
  if (project) return { id: project.id, name: localized(project.properties.name, lang) };
  const district = selectedDistrictId ? state.data.districtsById.get(selectedDistrictId) : undefined;
  if (district) return { id: district.id, name: localized(district.properties.name, lang) };
  return { id: '', name: t('picture.region') };
}

export function pictureContent(state: AppState, t: TFunction, viewUrl: string): PictureContent {
  const { lang } = state.ui;
  const visible = selectVisibleImagery(state);
  const layers = selectLayersOnScreen(state);
  const title = (layer: ImageryLayer | undefined) => (layer ? localized(layer.title, lang) : '');
  const { asOf } = state.timeline;
  const dates =
    visible.mode === 'single'
      ? asOf
        ? t('picture.asOf', { date: formatPartialDate(asOf, lang), imagery: title(visible.base) })
        : t('picture.imagery', { imagery: title(visible.base) })
      : t('picture.compare', { before: title(visible.before), after: title(visible.after) });
  const where = place(state, t);
  const fileDates =
    visible.mode === 'single' ? [asOf ?? visible.base?.date ?? ''] : layers.map((l) => l.date);
  return {
    lines: [
      { text: where.name, title: true },
      { text: dates },
      ...layers.map((layer) => ({ text: `${layer.attribution} — ${layer.license}` })),
      { text: `${t('app.title')} · ${viewUrl}` },
    ],
    place: where.id,
    fileName: pictureFileName(where.id, fileDates.filter(Boolean), 'png'),
    rtl: RTL_LANGUAGES.has(lang),
    layers,
    allowed: picturesAllowed(layers),
  };
}
