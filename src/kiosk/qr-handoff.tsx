/**
 * "Take it home": a QR code of the public web address of what the visitor is looking at, so a phone camera
 * opens the same view (the kiosk's own parameters left out).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';

const KIOSK_ONLY = ['kiosk', 'idle', 'issues'];

/** The public link of a view: its parameters, the language always (a phone may prefer another one). */
export function publicUrl(base: string, search: string, lang: string): string {
  const params = new URLSearchParams(search);
  for (const key of KIOSK_ONLY) params.delete(key);
  params.set('lang', lang);
  const query = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  const url = new URL(base);
  url.search = query;
  return url.href;
}

export function QrHandoff() {
  const { t } = useTranslation();
  const base = useAppStore((s) => s.data.kiosk?.publicBaseUrl);
  const lang = useAppStore((s) => s.ui.lang);
  const [qr, setQr] = useState<{ url: string; image: string } | undefined>(undefined);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (qr) dialog.current?.showModal?.();
  }, [qr]);
  if (!base) return null;
  const open = async () => {
    const url = publicUrl(base, window.location.search, lang);
    // Loaded on the first press: the QR encoder is not needed to show the map (one chunk less at start).
    const { default: QRCode } = await import('qrcode');
    setQr({ url, image: await QRCode.toDataURL(url, { margin: 2, width: 360, errorCorrectionLevel: 'M' }) });
  };
  const close = () => {
    dialog.current?.close?.();
    setQr(undefined);
  };
  return (
    <>
      <button type="button" className="header-button" onClick={() => void open()}>
        {t('kiosk.takeHome')}
      </button>
      {qr && (
        <dialog ref={dialog} className="qr-dialog" aria-labelledby="qr-title" onClose={close}>
          <h2 id="qr-title">{t('kiosk.qrTitle')}</h2>
          <img src={qr.image} width={360} height={360} alt={t('kiosk.qrAlt', { url: qr.url })} />
          <button type="button" onClick={close}>
            {t('kiosk.close')}
          </button>
        </dialog>
      )}
    </>
  );
}
