/**
 * Says which date is on which side, always, and when a side's imagery cannot load, says so there with a
 * retry, while everything else keeps working.
 */
import { useTranslation } from 'react-i18next';
import type { ImageryLayer } from '../data/imagery-schema.ts';
import { RTL_LANGUAGES } from '../i18n/i18n.ts';
import { localized } from '../lib/localized.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectVisibleImagery } from '../store/selectors.ts';
import type { ImagerySide } from '../store/imagery-slice.ts';

/** Where each side is on screen, as an arrow next to its label (the labels mirror right to left). */
const ARROWS: Record<string, Record<'before' | 'after', string>> = {
  sides: { before: '◀', after: '▶' },
  'sides-rtl': { before: '▶', after: '◀' },
  stacked: { before: '▲', after: '▼' },
  fade: { before: '', after: '' },
};

function SideLabel({
  side,
  layer,
  className,
  arrow,
}: {
  side: 'before' | 'after';
  layer: ImageryLayer | undefined;
  className: string;
  arrow: string;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const status = useAppStore((s) => s.compare.status[side as ImagerySide]);
  const retry = useAppStore((s) => s.retryImagery);
  if (!layer) return null;
  return (
    <div className={`side-label ${className}`} data-side={side}>
      {arrow && side === 'before' && <span aria-hidden="true">{arrow} </span>}
      <span>
        {t('compare.sideLabel', { side: t(`compare.${side}`), title: localized(layer.title, lang) })}
      </span>
      {arrow && side === 'after' && <span aria-hidden="true"> {arrow}</span>}
      {status === 'unavailable' && (
        <span className="side-unavailable" role="status">
          {t('compare.unavailable')}{' '}
          <button type="button" className="link-button" onClick={() => retry(side)}>
            {t('compare.retry')}
          </button>
        </span>
      )}
    </div>
  );
}

export function SideLabels({ vertical }: { vertical: boolean }) {
  const visible = useAppStore(selectVisibleImagery);
  const rtl = useAppStore((s) => RTL_LANGUAGES.has(s.ui.lang));
  if (visible.mode === 'single') return null;
  const placement =
    visible.mode === 'swipe' && !vertical ? 'stacked' : visible.mode === 'fade' ? 'fade' : 'sides';
  const arrows = ARROWS[placement === 'sides' && rtl ? 'sides-rtl' : placement];
  return (
    <div className={`side-labels ${placement}`}>
      <SideLabel side="before" layer={visible.before} className="before" arrow={arrows?.before ?? ''} />
      <SideLabel side="after" layer={visible.after} className="after" arrow={arrows?.after ?? ''} />
    </div>
  );
}
