/**
 * Controls of the comparison: a layer for each side (grouped by source), the mode, what the page adds (the
 * map's key), and closing it.
 */
import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageryLayer } from '../data/imagery-schema.ts';
import { COMPARE_MODES } from '../data/scene-schema.ts';
import { COMPARE_BUTTON_ID } from './compare-button.tsx';
import { localized } from '../lib/localized.ts';
import { titleWithoutDate } from './layer-option.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectVisibleImagery } from '../store/selectors.ts';
import { CloseButton } from '../ui/close-button.tsx';
import { useEscape } from '../ui/use-escape.ts';
import { usePanelFocus } from '../ui/use-panel-focus.ts';

function LayerSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const layers = useAppStore((s) => s.data.imagery.layers);
  const groups = [...new Set(layers.map((layer) => layer.source))];
  const option = (layer: ImageryLayer) => (
    <option key={layer.id} value={layer.id}>
      {t('compare.layerOption', {
        date: layer.date,
        title: titleWithoutDate(localized(layer.title, lang), layer.date),
        license: layer.license,
      })}
    </option>
  );
  return (
    <label className="layer-select">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {groups.map((source) => (
          // A source without its own name in the translations is shown by its id.
          <optgroup
            key={source}
            label={t(`compare.source_${source}` as 'compare.source_nasa-gibs', { defaultValue: source })}
          >
            {layers.filter((layer) => layer.source === source).map(option)}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

/** The fade's opacity slider: the only part of the toolbar that follows the split. */
function FadeSlider() {
  const { t } = useTranslation();
  const split = useAppStore((s) => s.compare.split);
  const { setSplit } = useAppStore.getState();
  return (
    <label className="fade">
      <span>{t('compare.opacity')}</span>
      <input
        type="range"
        min={0}
        max={100}
        value={Math.round(split)}
        onChange={(event) => setSplit(Number(event.target.value))}
      />
    </label>
  );
}

export function CompareToolbar({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  // Field by field, not the whole comparison: a moving divider must not re-render the toolbar.
  const beforeId = useAppStore((s) => selectVisibleImagery(s).before?.id);
  const afterId = useAppStore((s) => selectVisibleImagery(s).after?.id);
  const mode = useAppStore((s) => s.compare.mode);
  const orientation = useAppStore((s) => s.compare.orientation);
  const { setBefore, setAfter, setMode, setOrientation, closeCompare } = useAppStore.getState();
  const touring = useAppStore((s) => s.kiosk.touring);
  const section = useRef<HTMLElement>(null);
  // Opened from a button, focus comes here (the tour keeps focus in its own panel); Escape closes the
  // comparison and focus goes back to that button, or to the header's Compare button.
  usePanelFocus(section, { fallbackId: COMPARE_BUTTON_ID, moveIn: !touring });
  useEscape(closeCompare);
  return (
    <section ref={section} className="compare-toolbar" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('compare.title')}
      </h2>
      <LayerSelect label={t('compare.before')} value={beforeId} onChange={setBefore} />
      <fieldset className="modes">
        <legend className="visually-hidden">{t('compare.mode')}</legend>
        {COMPARE_MODES.map((option) => (
          <label key={option} className={mode === option ? 'mode active' : 'mode'}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={option}
              checked={mode === option}
              onChange={() => setMode(option)}
            />
            {t(`compare.${option}`)}
          </label>
        ))}
      </fieldset>
      <LayerSelect label={t('compare.after')} value={afterId} onChange={setAfter} />
      {mode === 'fade' && <FadeSlider />}
      {mode === 'swipe' && (
        <label className="orientation">
          <input
            type="checkbox"
            checked={orientation === 'horizontal'}
            onChange={(event) => setOrientation(event.target.checked ? 'horizontal' : 'vertical')}
          />
          {t('compare.horizontal')}
        </label>
      )}
      {extra}
      <CloseButton label={t('compare.close')} onClose={closeCompare} />
    </section>
  );
}
