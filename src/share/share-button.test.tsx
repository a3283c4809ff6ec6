import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { useAppStore } from '../store/app-store.ts';
import { ShareButton } from './share-button.tsx';

const VIEW = 'https://atlas.example.org/?lang=en&debug=1&category=housing&map=9.00/39.7000/46.7500';
const LINK = 'https://atlas.example.org/?lang=en&category=housing&map=9.00/39.7000/46.7500';
const EMBED = `${LINK}&embed=1`;

const writeText = vi.fn<(text: string) => Promise<void>>();
const share = vi.fn<(data: ShareData) => Promise<void>>();

/** Browser APIs as the test wants them (after userEvent.setup, which puts its own clipboard there). */
function give(apis: { share?: boolean; clipboard?: 'works' | 'refused' }) {
  writeText.mockImplementation(() =>
    apis.clipboard === 'refused'
      ? Promise.reject(new DOMException('denied', 'NotAllowedError'))
      : Promise.resolve(),
  );
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  Object.defineProperty(navigator, 'share', { value: apis.share ? share : undefined, configurable: true });
}

function setUp(apis: Parameters<typeof give>[0] = { clipboard: 'works' }) {
  const user = userEvent.setup();
  give(apis);
  renderWithApp(<ShareButton viewHref={() => VIEW} />);
  return user;
}

beforeEach(() => {
  writeText.mockReset();
  share.mockReset();
});
afterEach(() => {
  resetStore();
  Reflect.deleteProperty(navigator, 'share');
});

describe('ShareButton', () => {
  it('copies the link to the current view, without the tool parameters, and says so', async () => {
    const user = setUp();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(LINK);
    expect(screen.queryByText('Link copied')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(LINK);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('copies the iframe code of the same view as an embed', async () => {
    const user = setUp();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    const code = writeText.mock.calls[0]?.[0] ?? '';
    expect(code).toMatch(/^<iframe src="[^"]+" title="Revival Atlas: map of the reconstruction"/);
    expect(code).toContain(`src="${EMBED.replaceAll('&', '&amp;')}"`);
    expect(screen.getByRole('textbox', { name: 'Embed code for a web page' })).toHaveValue(code);
    expect(screen.getByRole('status')).toHaveTextContent('Embed code copied');
  });

  it('uses the system share sheet where the browser has one, and copies nothing', async () => {
    const user = setUp({ share: true, clipboard: 'works' });
    share.mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(screen.getByRole('button', { name: 'Share link' }));
    expect(share).toHaveBeenCalledWith({ title: 'Revival Atlas', url: LINK });
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says nothing when the share sheet is dismissed', async () => {
    const user = setUp({ share: true, clipboard: 'works' });
    share.mockRejectedValue(new DOMException('closed', 'AbortError'));
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(screen.getByRole('button', { name: 'Share link' }));
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('a refused clipboard leaves the link selected to copy by hand, and says so', async () => {
    const user = setUp({ clipboard: 'refused' });
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy. Select the text and copy it.');
    const field = screen.getByRole('textbox', { name: 'Link to this view' });
    expect(field).toHaveFocus();
    expect((field as HTMLInputElement).selectionEnd).toBe(LINK.length);
  });

  it('closes with Escape and gives focus back to the button', async () => {
    const user = setUp();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('region', { name: 'Share this view' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Share this view' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
  });

  it('is not there at the kiosk nor in an embed', () => {
    useAppStore.getState().enableKiosk(undefined);
    const { unmount } = renderWithApp(<ShareButton viewHref={() => VIEW} />);
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
    unmount();
    resetStore();
    useAppStore.getState().enableEmbed();
    renderWithApp(<ShareButton viewHref={() => VIEW} />);
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
  });

  it('speaks the visitor’s language', async () => {
    const user = userEvent.setup();
    give({ clipboard: 'works' });
    renderWithApp(<ShareButton viewHref={() => VIEW} />, 'ru');
    await user.click(screen.getByRole('button', { name: 'Поделиться' }));
    expect(screen.getByRole('button', { name: 'Копировать ссылку' })).toBeInTheDocument();
  });
});
