/**
 * The header's tools (tour, compare, data issues, language). Wide screens show them in a row; on a phone
 * they fold behind one menu button so that the header keeps to one row and the map gets the screen.
 * Which of the two shows is the stylesheet's choice (phone.css): the same controls, in one place in the DOM.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const tools = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = tools.current;
    if (!open || !element) return;
    // A chosen action (tour, compare, issues) folds the menu again; the language select keeps it open.
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('button')) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    element.addEventListener('click', onClick);
    element.addEventListener('keydown', onKeyDown);
    return () => {
      element.removeEventListener('click', onClick);
      element.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);
  return (
    <div className="header-menu">
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">☰</span> {t('menu.open')}
      </button>
      <div ref={tools} id={id} className={open ? 'header-tools open' : 'header-tools'}>
        {children}
      </div>
    </div>
  );
}
