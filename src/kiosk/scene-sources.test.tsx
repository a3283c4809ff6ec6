import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../tests/render.tsx';
import type { Scene } from '../data/scene-schema.ts';
import { SceneSources } from './scene-sources.tsx';

const scene = {
  sources: [
    { title: 'Railway figures', url: 'https://example.org/a', publisher: 'AZERTAC', date: '2025-09-05' },
    { title: 'Groundbreaking', url: 'https://example.org/b' },
  ],
} as Scene;

describe('SceneSources', () => {
  it('lists every source with publisher and date, as links on the web', () => {
    renderWithApp(<SceneSources scene={scene} linksAllowed />);
    expect(screen.getByText('Sources:').parentElement).toHaveTextContent(
      'Sources: Railway figures (opens in a new tab) — AZERTAC, September 5, 2025; Groundbreaking (opens in a new tab)',
    );
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a',
      'https://example.org/b',
    ]);
  });

  it('is text only at the kiosk (and inside the attract loop’s button)', () => {
    renderWithApp(<SceneSources scene={scene} linksAllowed={false} />, 'az');
    expect(screen.getByText('Mənbələr:').parentElement).toHaveTextContent(
      'Railway figures — AZERTAC, 5 sentyabr 2025',
    );
    expect(screen.queryAllByRole('link')).toEqual([]);
  });
});
