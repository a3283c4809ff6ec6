import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Panel } from './panel.tsx';

/** A page with an opener, as the side panel has: the list's button opens a panel that replaces the list. */
function Page({ onClose = () => undefined }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  const close = () => {
    onClose();
    setOpen(false);
  };
  return (
    <>
      <section id="list" aria-label="List" tabIndex={-1}>
        <button type="button" onClick={() => setOpen(true)}>
          Open Aghali
        </button>
      </section>
      {open && (
        <Panel
          as="article"
          className="passport"
          title="Aghali smart village"
          closeLabel="Close the project"
          onClose={close}
          focus={{ fallbackId: 'list' }}
        >
          <p>Summary</p>
          <button type="button">Before and after</button>
        </Panel>
      )}
    </>
  );
}

describe('Panel', () => {
  it('is named by its title, with a close button named for what it closes', () => {
    const onClose = vi.fn();
    render(
      <Panel title="Data issues" closeLabel="Close the data issues" onClose={onClose} className="data-issues">
        <p>Every problem</p>
      </Panel>,
    );
    const panel = screen.getByRole('region', { name: 'Data issues' });
    expect(panel).toContainElement(screen.getByRole('heading', { level: 2, name: 'Data issues' }));
    expect(panel).toContainElement(screen.getByText('Every problem'));
    screen.getByRole('button', { name: 'Close the data issues' }).click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('is an article when it shows one thing', () => {
    render(
      <Panel
        as="article"
        title="Aghdam"
        closeLabel="Close the district"
        onClose={() => undefined}
        className="x"
      />,
    );
    expect(screen.getByRole('article', { name: 'Aghdam' })).toBeInTheDocument();
  });

  it('takes focus on its title when a control opens it, and gives it back when it closes', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Open Aghali' }));
    expect(screen.getByRole('heading', { name: 'Aghali smart village' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Close the project' }));
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open Aghali' })).toHaveFocus();
  });

  it('closes on Escape, from anywhere inside it', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Page onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Open Aghali' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close the project' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('article', { name: 'Aghali smart village' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open Aghali' })).toHaveFocus();
  });

  it('answers Escape only when it is the panel opened last', async () => {
    const user = userEvent.setup();
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(
      <Panel title="Project" closeLabel="Close the project" onClose={first} className="a" />,
    );
    rerender(
      <>
        <Panel title="Project" closeLabel="Close the project" onClose={first} className="a" />
        <Panel title="Compare" closeLabel="Close the comparison" onClose={second} className="b" />
      </>,
    );
    await user.keyboard('{Escape}');
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });
});
