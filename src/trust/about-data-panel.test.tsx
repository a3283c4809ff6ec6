import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { AboutDataButton } from './about-data-button.tsx';
import { AboutDataPanel } from './about-data-panel.tsx';

beforeEach(async () => {
  useAppStore.getState().setData(await loadData('/', fixtureFetch()));
});
afterEach(resetStore);

describe('AboutDataPanel', () => {
  it('states the data date, the report link, the licences and the log, newest first', () => {
    renderWithApp(<AboutDataPanel linksAllowed />);
    const panel = screen.getByRole('region', { name: 'About the data' });
    expect(panel).toHaveTextContent('Data current to 2025');
    expect(within(panel).getByRole('link', { name: 'Report a correction' })).toHaveAttribute(
      'href',
      'mailto:corrections@fixture.example.org',
    );
    expect(within(panel).getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(panel).toHaveTextContent('District boundariesPublic domain (Natural Earth)');
    expect(
      within(panel).getByRole('heading', { name: /Corrections log \(3 corrections\)/ }),
    ).toBeInTheDocument();
    const entries = within(panel)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('correction'));
    expect(entries.map((li) => li.querySelector('.correction-head')?.textContent)).toEqual([
      'December 1, 2026 · Route · Fixture road',
      'December 1, 2026 · Date · Fuzuli (fixture)',
      'November 30, 2026 · Position · Fixture airport',
    ]);
    expect(entries[1]).toHaveTextContent('September 2021 → July 2021');
    expect(entries[2]).toHaveTextContent(/Moved 0\.\d\d km/);
    expect(
      within(entries[2] as HTMLElement).getByRole('link', { name: /Fixture airport reference point/ }),
    ).toBeInTheDocument();
  });

  it('speaks Russian, with the correction kinds and licences translated', () => {
    renderWithApp(<AboutDataPanel linksAllowed />, 'ru');
    const panel = screen.getByRole('region', { name: 'О данных' });
    expect(panel).toHaveTextContent('Журнал исправлений (3 исправления)');
    expect(panel).toHaveTextContent('Границы районовОбщественное достояние (Natural Earth)');
    expect(panel).toHaveTextContent('Положение');
  });

  it('at the kiosk shows the report address as text and links nothing', () => {
    renderWithApp(<AboutDataPanel linksAllowed={false} />);
    const panel = screen.getByRole('region', { name: 'About the data' });
    expect(panel).toHaveTextContent('To report a correction, write to corrections@fixture.example.org');
    expect(within(panel).queryAllByRole('link')).toEqual([]);
  });

  it('says when the about file is missing, and shows the log still', async () => {
    useAppStore.getState().setData(await loadData('/', fixtureFetch({ 'about.json': 404 })));
    renderWithApp(<AboutDataPanel linksAllowed />);
    expect(screen.getByText('The licence information could not be loaded.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Report a correction' })).toBeNull();
    expect(screen.getByRole('heading', { name: /Corrections log/ })).toBeInTheDocument();
  });

  it('opens from its button and closes when a project is selected', async () => {
    renderWithApp(<AboutDataButton />);
    await userEvent.click(screen.getByRole('button', { name: 'About the data' }));
    expect(useAppStore.getState().trust.aboutOpen).toBe(true);
    renderWithApp(<AboutDataPanel linksAllowed />);
    useAppStore.getState().selectProject('fixture-airport');
    await screen.findByRole('button', { name: 'About the data', expanded: false });
    expect(useAppStore.getState().trust.aboutOpen).toBe(false);
  });
});
