import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { pictureContent } from './picture-content.ts';
import { SaveView } from './save-view.tsx';
import { animationFrames, MAX_FRAMES } from './time-lapse-video.ts';
import { shippedDataFetch } from '../../tests/fixture-files.ts';

const t = ((key: string, options?: Record<string, string>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as Parameters<typeof pictureContent>[1];

beforeEach(async () => {
  useAppStore.getState().setData(await loadData('/', shippedDataFetch));
});
afterEach(resetStore);

const state = () => useAppStore.getState();

describe('SaveView', () => {
  it('offers a picture and an animation over the Sentinel-2 series, whose licences allow it', () => {
    renderWithApp(<SaveView viewLink="https://atlas.example/?lang=en" onStatus={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Save picture' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Save animation' })).toBeEnabled();
  });

  it('offers nothing over Esri imagery, and says why', () => {
    state().setFamily('wayback');
    state().setAsOf('2024-12-31');
    renderWithApp(<SaveView viewLink="https://atlas.example/?lang=en" onStatus={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Save picture' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save animation' })).toBeNull();
    expect(screen.getByText(/do not allow saving/)).toBeVisible();
  });
});

describe('pictureContent', () => {
  it('names the open project, both dates of a comparison and every credit with its licence', () => {
    state().selectProject('fuzuli-international-airport');
    state().openCompare({ before: 's2-2019', after: 's2-2025' });
    const content = pictureContent(state(), t, 'https://atlas.example/?x');
    expect(content.lines[0]).toEqual({ text: 'Fuzuli International Airport', title: true });
    expect(content.lines[1]?.text).toMatch(/^picture.compare .*2019.*2025/);
    expect(
      content.lines.filter((line) => /EOX IT Services .* — CC BY-NC-SA 4\.0$/.test(line.text)),
    ).toHaveLength(2);
    expect(content.lines.at(-1)?.text).toContain('https://atlas.example/?x');
    expect(content.fileName).toBe('revival-atlas_fuzuli-international-airport_2019-2025.png');
    expect(content.allowed).toBe(true);
  });

  it('is not allowed as soon as one side is Esri imagery', () => {
    state().openCompare({ before: 'wayback-2020-12-16', after: 's2-2025' });
    expect(pictureContent(state(), t, '').allowed).toBe(false);
  });
});

describe('animationFrames', () => {
  it('steps through the latest Sentinel-2 mosaics, and never in a comparison', () => {
    const frames = animationFrames(state());
    expect(frames.length).toBeGreaterThan(1);
    expect(frames.length).toBeLessThanOrEqual(MAX_FRAMES);
    expect(frames.every((frame) => frame.layer.family === 's2-cloudless')).toBe(true);
    state().openCompare({ before: 's2-2019', after: 's2-2025' });
    expect(animationFrames(state())).toEqual([]);
  });
});
