/** Controls of the comparison: a layer for each side (grouped by source), the mode, and closing it. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPARE_MODES, type ImageryLayer } from '../data/schema.ts';
import { localized } from '../lib/localized.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectVisibleImagery } from '../store/selectors.ts';

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
      {t('compare.layerOption', { title: localized(layer.title, lang), license: layer.license })}
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

export function CompareToolbar() {
  const { t } = useTranslation();
  const id = useId();
  const visible = useAppStore(selectVisibleImagery);
  const compare = useAppStore((s) => s.compare);
  const { setBefore, setAfter, setMode, setSplit, setOrientation, closeCompare } = useAppStore.getState();
  return (
    <section className="compare-toolbar" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('compare.title')}
      </h2>
      <LayerSelect label={t('compare.before')} value={visible.before?.id} onChange={setBefore} />
      <fieldset className="modes">
        <legend className="visually-hidden">{t('compare.mode')}</legend>
        {COMPARE_MODES.map((mode) => (
          <label key={mode} className={compare.mode === mode ? 'mode active' : 'mode'}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={compare.mode === mode}
              onChange={() => setMode(mode)}
            />
            {t(`compare.${mode}`)}
          </label>
        ))}
      </fieldset>
      <LayerSelect label={t('compare.after')} value={visible.after?.id} onChange={setAfter} />
      {compare.mode === 'fade' && (
        <label className="fade">
          <span>{t('compare.opacity')}</span>
          <input
            type="range"
            min={0}
            max={100}
            value={Math.round(compare.split)}
            onChange={(event) => setSplit(Number(event.target.value))}
          />
        </label>
      )}
      {compare.mode === 'swipe' && (
        <label className="orientation">
          <input
            type="checkbox"
            checked={compare.orientation === 'horizontal'}
            onChange={(event) => setOrientation(event.target.checked ? 'horizontal' : 'vertical')}
          />
          {t('compare.horizontal')}
        </label>
      )}
      <button type="button" className="icon-button" aria-label={t('compare.close')} onClick={closeCompare}>
        <span aria-hidden="true">×</span>
      </button>
    </section>
  );
}
