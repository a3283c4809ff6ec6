/**
 * What every panel of the side panel shares: a header with its title and a close button; focus on the
 * title when a control opened the panel and back to that control when it closes; Escape closes it (the
 * panel opened last first). The panel's own content comes as children.
 */
import { useId, useRef, type ReactNode } from 'react';
import { CloseButton } from './close-button.tsx';
import { useEscape } from './use-escape.ts';
import { usePanelFocus, type PanelFocusOptions } from './use-panel-focus.ts';

export interface PanelProps {
  /** `article` for one thing (a project, a district), `section` for a view of many. */
  as?: 'article' | 'section';
  id?: string;
  className: string;
  /** The heading, which also names the panel. */
  title: ReactNode;
  /** Drawn before the title (a category icon). */
  icon?: ReactNode;
  /** The close button's name: what it closes ("Close the project"). */
  closeLabel: string;
  onClose: () => void;
  focus?: PanelFocusOptions;
  children?: ReactNode;
}

export function Panel({
  as: Element = 'section',
  id,
  className,
  title,
  icon,
  closeLabel,
  onClose,
  focus,
  children,
}: PanelProps) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  usePanelFocus(heading, focus);
  useEscape(onClose);
  return (
    <Element id={id} className={className} aria-labelledby={titleId}>
      <header className="panel-header">
        {icon}
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <CloseButton label={closeLabel} onClose={onClose} />
      </header>
      {children}
    </Element>
  );
}
