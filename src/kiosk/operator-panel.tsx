/**
 * The hidden operator panel: a long press (3 s) on the top-left corner, then the PIN (checked against
 * kiosk.json's salted hash). It shows the version, the data check, the boot self-test of the scenes and
 * the last errors.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyPin } from '../lib/pin-hash.ts';
import { useAppStore } from '../store/app-store.ts';

const LONG_PRESS_MS = 3000;

export function OperatorPanel() {
  const { t } = useTranslation();
  const [stage, setStage] = useState<'hidden' | 'pin' | 'open'>('hidden');
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const expected = useAppStore((s) => s.data.kiosk?.operatorPinHash);
  const issues = useAppStore((s) => s.data.issues);
  const checks = useAppStore((s) => s.kiosk.checks);
  const errors = useAppStore((s) => s.kiosk.errors);

  const press = () => {
    timer.current = setTimeout(() => setStage('pin'), LONG_PRESS_MS);
  };
  const release = () => clearTimeout(timer.current);
  const close = () => {
    setStage('hidden');
    setPin('');
    setWrong(false);
  };
  const errorCount = issues.filter((issue) => issue.severity === 'error').length;

  return (
    <>
      <div
        className="operator-corner"
        aria-hidden="true"
        onPointerDown={press}
        onPointerUp={release}
        onPointerLeave={release}
        onContextMenu={(event) => event.preventDefault()}
      />
      {stage === 'pin' && (
        <form
          className="kiosk-overlay"
          aria-label={t('operator.title')}
          onSubmit={(event) => {
            event.preventDefault();
            // kiosk.json holds a salted hash, never the PIN: derived here with WebCrypto and compared.
            void (expected ? verifyPin(pin, expected) : Promise.resolve(false)).then((ok) =>
              ok ? setStage('open') : setWrong(true),
            );
          }}
        >
          <div className="kiosk-card">
            <label>
              {t('operator.pin')}{' '}
              <input
                type="password"
                inputMode="numeric"
                autoComplete="off"
                value={pin}
                onChange={(e) => setPin(e.target.value)}
              />
            </label>
            {wrong && <p role="alert">{t('operator.wrongPin')}</p>}
            <button type="submit">{t('operator.unlock')}</button>
            <button type="button" onClick={close}>
              {t('operator.close')}
            </button>
          </div>
        </form>
      )}
      {stage === 'open' && (
        <section className="kiosk-overlay operator" aria-labelledby="operator-title">
          <div className="kiosk-card">
            <h2 id="operator-title">{t('operator.title')}</h2>
            <dl>
              <dt>{t('operator.version')}</dt>
              <dd>
                {__APP_VERSION__} ({__BUILD_TIME__})
              </dd>
              <dt>{t('operator.data')}</dt>
              <dd>
                {t('operator.dataSummary', { errors: errorCount, warnings: issues.length - errorCount })}
              </dd>
            </dl>
            <h3>{t('operator.scenes')}</h3>
            <ul>
              {(checks ?? []).map((check) => (
                <li key={check.id}>
                  {check.id}:{' '}
                  {check.ok ? t('operator.sceneOk') : t('operator.sceneFailed', { detail: check.detail })}
                </li>
              ))}
            </ul>
            <h3>{t('operator.errors')}</h3>
            {errors.length === 0 ? (
              <p>{t('operator.noErrors')}</p>
            ) : (
              <ul className="operator-errors">
                {errors.map((error, i) => (
                  <li key={i}>{error}</li>
                ))}
              </ul>
            )}
            <button type="button" onClick={() => window.location.reload()}>
              {t('operator.reload')}
            </button>
            <button type="button" onClick={close}>
              {t('operator.close')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
