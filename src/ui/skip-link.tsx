/**
 * A link past the header to a part of the page, shown when it has focus. It moves focus itself rather
 * than following the fragment, so the app's URL (a public API) gets no `#…`.
 */
import type { MouseEvent, ReactNode } from 'react';

export function SkipLink({ target, children }: { target: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const element = document.getElementById(target);
    if (!element) return;
    event.preventDefault();
    element.focus();
  };
  return (
    <a className="skip-link" href={`#${target}`} onClick={onClick}>
      {children}
    </a>
  );
}
