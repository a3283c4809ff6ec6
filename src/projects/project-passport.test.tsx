import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { ProjectPassport } from './project-passport.tsx';

beforeEach(async () => {
  useAppStore.getState().setData(await loadData('/', fixtureFetch()));
  useAppStore.getState().selectProject('fixture-airport');
});
afterEach(resetStore);

describe('ProjectPassport', () => {
  it('shows name, category, status with its date, and dates', () => {
    renderWithApp(<ProjectPassport id="fixture-airport" />);
    const panel = screen.getByRole('article', { name: 'Fixture airport' });
    expect(panel).toHaveTextContent('Transport');
    expect(panel).toHaveTextContent('Completed (as of September 5, 2021)');
    expect(panel).toHaveTextContent('StartJanuary 2021');
    expect(panel).toHaveTextContent('EndSeptember 2021');
  });

  it('speaks Azerbaijani', () => {
    renderWithApp(<ProjectPassport id="fixture-airport" />, 'az');
    expect(screen.getByRole('heading', { name: 'Sınaq hava limanı' })).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveTextContent('Nəqliyyat');
    expect(screen.getByRole('button', { name: 'Layihəni bağla' })).toBeInTheDocument();
  });

  it('has no end date row for a project without one', () => {
    renderWithApp(<ProjectPassport id="fixture-village" />);
    expect(screen.getByRole('article')).not.toHaveTextContent('End');
  });

  it('closes', async () => {
    renderWithApp(<ProjectPassport id="fixture-airport" />);
    await userEvent.click(screen.getByRole('button', { name: 'Close project' }));
    expect(useAppStore.getState().ui.selectedProjectId).toBeUndefined();
  });

  it('says so when the project is not in the data', () => {
    renderWithApp(<ProjectPassport id="no-such-project" />);
    expect(screen.getByText('The project “no-such-project” is not in the data.')).toBeInTheDocument();
  });
});
