import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BREAKAGES } from '../../tests/breakages.ts';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { DataIssuesButton, DataIssuesPanel } from './data-issues.tsx';

async function load(overrides: Record<string, string | number>) {
  useAppStore.getState().setData(await loadData('/', fixtureFetch(overrides)));
}

afterEach(() => {
  resetStore();
  window.history.replaceState(null, '', '/');
});

const unknownCategory = BREAKAGES[3];
const trailingComma = BREAKAGES[0];

describe('DataIssuesPanel', () => {
  it('lists errors before warnings, by file, with counts that say which is which', async () => {
    await load({ 'projects.geojson': unknownCategory?.text ?? '' });
    renderWithApp(<DataIssuesPanel />);
    const files = within(screen.getByRole('region', { name: 'Data issues' })).getAllByRole('region');
    // The file with the error comes first, though districts.geojson comes first in loading order.
    expect(files[0]).toHaveAccessibleName('data/projects.geojson');
    const projects = files[0] as HTMLElement;
    expect(within(projects).getByRole('heading', { level: 3 })).toHaveTextContent(
      'data/projects.geojson 1 error, 3 warnings',
    );
    const headings = within(projects).getAllByRole('heading', { level: 4 });
    expect(headings.map((h) => h.textContent)).toEqual(['Errors', 'Warnings']);
    const [error] = within(projects).getAllByRole('listitem');
    expect(error).toHaveTextContent(`Line ${unknownCategory?.line}, column ${unknownCategory?.column}`);
    expect(error).toHaveTextContent(/Fix: did you mean “transport”\? The allowed values are: housing, /);
    expect(within(error as HTMLElement).getByText(/is not a category/)).toHaveAttribute('lang', 'en');
  });

  it('says what to do in the curator’s language, where the mistake is', async () => {
    await load({ 'projects.geojson': trailingComma?.text ?? '' });
    renderWithApp(<DataIssuesPanel />, 'az');
    const panel = screen.getByRole('region', { name: 'Məlumat problemləri' });
    const [error] = within(within(panel).getAllByRole('region')[0] as HTMLElement).getAllByRole('listitem');
    expect(error).toHaveTextContent(`Sətir ${trailingComma?.line}, sütun ${trailingComma?.column}`);
    expect(error).toHaveTextContent(
      `Düzəliş: sətir ${trailingComma?.line}: son elementdən sonra gələn vergülü silin.`,
    );
  });
});

describe('DataIssuesButton', () => {
  it('says how many errors and warnings there are, in words', async () => {
    await load({ 'projects.geojson': unknownCategory?.text ?? '' });
    renderWithApp(<DataIssuesButton />);
    // Districts: 7 fixture districts with every language; projects: 1 error, 3 warnings; scenes: 1.
    expect(screen.getByRole('button', { name: /^Data issues 1 error, \d+ warnings$/ })).toBeInTheDocument();
  });

  it('opens the list with ?issues=1, even with no problem to show', async () => {
    window.history.replaceState(null, '', '/?issues=1');
    await load({});
    renderWithApp(<DataIssuesButton />);
    expect(useAppStore.getState().ui.issuesOpen).toBe(true);
    expect(screen.getByRole('button', { name: /^Data issues 0 errors, \d+ warnings$/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});
