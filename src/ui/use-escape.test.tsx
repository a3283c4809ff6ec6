import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useEscape } from './use-escape.ts';

function Panel({ name, onClose }: { name: string; onClose: () => void }) {
  useEscape(onClose);
  return <section aria-label={name}>{name}</section>;
}

/** A passport with a comparison that can open over it, as in the app. */
function Panels() {
  const [passport, setPassport] = useState(true);
  const [compare, setCompare] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setCompare(true)}>
        Compare
      </button>
      <input type="search" aria-label="Search" />
      {passport && <Panel name="Passport" onClose={() => setPassport(false)} />}
      {compare && <Panel name="Comparison" onClose={() => setCompare(false)} />}
    </>
  );
}

describe('useEscape', () => {
  it('closes the panel opened last, then the one beneath it', async () => {
    const user = userEvent.setup();
    render(<Panels />);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('region', { name: 'Comparison' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Comparison' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Passport' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Passport' })).not.toBeInTheDocument();
  });

  it('leaves Escape to a text field (it clears a search box)', async () => {
    const user = userEvent.setup();
    render(<Panels />);
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('region', { name: 'Passport' })).toBeInTheDocument();
  });

  it('does nothing while inactive, and stops listening once unmounted', async () => {
    const user = userEvent.setup();
    let calls = 0;
    function Inactive() {
      useEscape(() => calls++, false);
      return null;
    }
    const { unmount } = render(<Inactive />);
    await user.keyboard('{Escape}');
    unmount();
    render(<Panel name="Gone" onClose={() => calls++} />).unmount();
    await user.keyboard('{Escape}');
    expect(calls).toBe(0);
  });
});
