import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { usePanelFocus } from './use-panel-focus.ts';

function Passport({ onClose }: { onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  usePanelFocus(heading, { fallbackId: 'list' });
  return (
    <article aria-labelledby="title">
      <h2 id="title" ref={heading} tabIndex={-1}>
        Passport
      </h2>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </article>
  );
}

/** A list replaced by a passport, as the side panel does: the row that opened it is gone meanwhile. */
function SidePanel({ keyed = true }: { keyed?: boolean }) {
  const [open, setOpen] = useState(false);
  if (open) return <Passport onClose={() => setOpen(false)} />;
  return (
    <section id="list" aria-label="List" tabIndex={-1}>
      <button type="button">First row</button>
      <button type="button" data-focus-key={keyed ? 'row-2' : undefined} onClick={() => setOpen(true)}>
        Second row
      </button>
    </section>
  );
}

describe('usePanelFocus', () => {
  it('moves focus into the panel, and back to the re-rendered control that opened it', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    screen.getByRole('button', { name: 'Second row' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Passport' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Second row' })).toHaveFocus();
  });

  it('falls back to the given element when the control cannot be found again', async () => {
    const user = userEvent.setup();
    render(<SidePanel keyed={false} />);
    await user.click(screen.getByRole('button', { name: 'Second row' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('region', { name: 'List' })).toHaveFocus();
  });

  it('does not take focus when the panel opens without a control (a link at start-up)', () => {
    render(<Passport onClose={() => undefined} />);
    expect(document.body).toHaveFocus();
  });

  it('leaves focus alone when it went somewhere else before the panel closed', async () => {
    const user = userEvent.setup();
    function WithOutside() {
      const [open, setOpen] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setOpen(false)}>
            Elsewhere
          </button>
          <section id="list" aria-label="List" tabIndex={-1} />
          {open && <Passport onClose={() => setOpen(false)} />}
        </>
      );
    }
    render(<WithOutside />);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });
});
