/**
 * "Share": the link to the current view (the system share sheet where the browser has one — phones —
 * copied to the clipboard elsewhere) and the iframe code of the same view as an embed. A self-contained
 * header control: never at the kiosk (it has the QR hand-off) nor in an embed (it has "Open in …").
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import { useEscape } from '../ui/use-escape.ts';
import { SaveView } from './save-view.tsx';
import { embedLink, iframeCode, viewLink } from './share-links.ts';
import './share.css';

interface Props {
  /** The address of what is on screen now (the page's own URL follows the store after a short delay). */
  viewHref: () => string;
}

type Confirmation = 'linkCopied' | 'embedCopied' | 'copyFailed' | undefined;

/** Puts the text ready to copy by hand. */
function selectAll(field: HTMLInputElement | HTMLTextAreaElement | null): void {
  field?.focus();
  field?.select();
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard (an insecure origin, a refused permission): the text stays selectable in its field.
    return false;
  }
}

export function ShareButton({ viewHref }: Props) {
  const { t } = useTranslation();
  const hidden = useAppStore((s) => s.kiosk.enabled || s.ui.embed);
  const [links, setLinks] = useState<{ view: string; embed: string } | undefined>(undefined);
  const [confirmation, setConfirmation] = useState<Confirmation>(undefined);
  // Saving a picture or a video reports in the panel's one status line too.
  const [saveStatus, setSaveStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const codeField = useRef<HTMLTextAreaElement>(null);
  const panelId = useId();
  const close = () => {
    setLinks(undefined);
    button.current?.focus();
  };
  useEscape(close, links !== undefined);
  if (hidden) return null;

  /** Read at each press: the view may have moved since the panel opened. */
  const fresh = () => {
    const href = viewHref();
    const next = { view: viewLink(href), embed: embedLink(href) };
    setLinks(next);
    return next;
  };
  const frameTitle = t('share.frameTitle');
  const canShare = typeof navigator.share === 'function';

  const shareLink = async () => {
    const { view } = fresh();
    if (canShare) {
      try {
        await navigator.share({ title: t('app.title'), url: view });
        setConfirmation(undefined);
        return;
      } catch (error) {
        // The visitor closed the share sheet: nothing to say. Any other failure: copy instead.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    const copied = await copy(view);
    setSaveStatus('');
    setConfirmation(copied ? 'linkCopied' : 'copyFailed');
    if (!copied) selectAll(linkField.current);
  };
  const copyEmbed = async () => {
    const code = iframeCode(fresh().embed, frameTitle);
    const copied = await copy(code);
    setSaveStatus('');
    setConfirmation(copied ? 'embedCopied' : 'copyFailed');
    if (!copied) selectAll(codeField.current);
  };

  return (
    <div className="share">
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={links !== undefined}
        aria-controls={links ? panelId : undefined}
        onClick={() => {
          if (links) close();
          else {
            setConfirmation(undefined);
            fresh();
          }
        }}
      >
        {t('share.button')}
      </button>
      {links && (
        <section id={panelId} className="share-panel" aria-label={t('share.title')}>
          <label>
            {t('share.linkLabel')}
            <input ref={linkField} type="text" readOnly value={links.view} dir="ltr" />
          </label>
          <button type="button" onClick={() => void shareLink()}>
            {t(canShare ? 'share.shareLink' : 'share.copyLink')}
          </button>
          <label>
            {t('share.embedLabel')}
            <textarea
              ref={codeField}
              readOnly
              rows={4}
              value={iframeCode(links.embed, frameTitle)}
              dir="ltr"
            />
          </label>
          <button type="button" onClick={() => void copyEmbed()}>
            {t('share.copyEmbed')}
          </button>
          <SaveView
            viewLink={links.view}
            onStatus={(text) => {
              setConfirmation(undefined);
              setSaveStatus(text);
            }}
          />
          <p className="share-confirmation" role="status">
            {confirmation ? t(`share.${confirmation}`) : saveStatus}
          </p>
          <button type="button" className="link-button" onClick={close}>
            {t('share.close')}
          </button>
        </section>
      )}
    </div>
  );
}
