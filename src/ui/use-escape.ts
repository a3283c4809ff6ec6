/**
 * Escape closes the panel opened last. Panels register while open; only the newest answers, so one press
 * closes the comparison over a passport, and the next press the passport.
 */
import { useEffect, useRef } from 'react';

type Handler = { current: () => void };

const stack: Handler[] = [];

/** Keys typed into a text field are the field's own (Escape clears a search box). */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button'].includes(target.type)
  );
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
  // A native <dialog> closes itself on Escape; the panels beneath it stay.
  if (isTextEntry(event.target) || (event.target instanceof Element && event.target.closest('dialog')))
    return;
  const top = stack.at(-1);
  if (!top) return;
  event.preventDefault();
  top.current();
}

/** Calls `onEscape` on Escape while `active` and no panel opened later is still open. */
export function useEscape(onEscape: () => void, active = true): void {
  const handler = useRef(onEscape);
  useEffect(() => {
    handler.current = onEscape;
  });
  useEffect(() => {
    if (!active) return;
    stack.push(handler);
    if (stack.length === 1) document.addEventListener('keydown', onKeyDown);
    return () => {
      stack.splice(stack.lastIndexOf(handler), 1);
      if (stack.length === 0) document.removeEventListener('keydown', onKeyDown);
    };
  }, [active]);
}
