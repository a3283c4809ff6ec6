import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { area } from '@turf/turf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { emptyFilters } from '../store/filter-slice.ts';
import { useAppStore } from '../store/app-store.ts';
import { DistrictPanel } from './district-panel.tsx';
import { shippedDataFetch } from '../../tests/fixture-files.ts';

/** The value next to a term of the panel's description list. */
const valueOf = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

/**
 * A chart by its title. (Browsers name a figure by its figcaption; dom-accessibility-api does not, so the
 * chart is found by its drawing, an image with the same name.)
 */
function chart(title: string): HTMLElement {
  const figure = screen.getByRole('img', { name: title }).closest('figure');
  expect(figure).toHaveTextContent(title);
  return figure as HTMLElement;
}

/** What a chart says, as a screen reader (and anyone without colour) reads it. */
function chartLines(title: string): string[] {
  return within(chart(title))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

beforeEach(async () => {
  useAppStore.getState().setData(await loadData('/', fixtureFetch()));
});
afterEach(resetStore);

describe('DistrictPanel', () => {
  it('is headed by the district name', () => {
    renderWithApp(<DistrictPanel id="AZ-FUZ" />);
    expect(screen.getByRole('article', { name: 'Fuzuli' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Fuzuli' })).toBeInTheDocument();
    expect(valueOf('Region')).toHaveTextContent('Karabakh');
  });

  it('gives the area in km², rounded and grouped', () => {
    renderWithApp(<DistrictPanel id="AZ-FUZ" />);
    const text = valueOf('Area').textContent ?? '';
    expect(text).toMatch(/^\d{1,3}(,\d{3})* km²$/);
    const shown = Number(text.replace(/[^\d]/g, ''));
    const district = useAppStore.getState().data.districtsById.get('AZ-FUZ');
    expect(district).toBeDefined();
    if (!district) return;
    expect(shown).toBe(Math.round(area(district) / 1e6));
    // Fuzuli district is about 1,390 km²; the generalised boundary is close to it.
    expect(shown).toBeGreaterThan(1100);
    expect(shown).toBeLessThan(1500);
  });

  it('gives the liberation date', () => {
    renderWithApp(<DistrictPanel id="AZ-FUZ" />);
    expect(valueOf('Liberated')).toHaveTextContent('October 17, 2020');
  });

  it('has no liberation date for a neighbouring district', () => {
    renderWithApp(<DistrictPanel id="AZ-BEY" />);
    expect(screen.getByRole('heading', { name: 'Beylagan' })).toBeInTheDocument();
    expect(valueOf('Region')).toHaveTextContent('Neighbouring district');
    expect(screen.queryByText('Liberated')).not.toBeInTheDocument();
  });

  it('lists the names with their languages, one entry per spelling', () => {
    renderWithApp(<DistrictPanel id="AZ-FUZ" />);
    const names = within(valueOf('Names')).getAllByRole('listitem');
    // Azerbaijani and Turkish write Füzuli alike: one entry, both languages named.
    expect(names.map((item) => item.textContent)).toEqual([
      'Azərbaycanca, Türkçe: Füzuli',
      'English: Fuzuli',
      'Русский: Физули',
      'العربية: فضولي',
    ]);
    // Each name keeps its language and direction; each language is named in itself.
    const spelled = names.map((item) => item.querySelector('.name'));
    expect(spelled.map((name) => name?.getAttribute('lang'))).toEqual(['az', 'en', 'ru', 'ar']);
    expect(spelled.map((name) => name?.getAttribute('dir'))).toEqual(['ltr', 'ltr', 'ltr', 'rtl']);
    expect(within(names[0] as HTMLElement).getByText('Türkçe')).toHaveAttribute('lang', 'tr');
  });

  it('counts its projects by status and by category in text, not only colour', () => {
    renderWithApp(<DistrictPanel id="AZ-FUZ" />);
    expect(screen.getByText('2 projects')).toBeInTheDocument();
    expect(chartLines('Projects by status')).toEqual(['Planned: 0', 'Under construction: 0', 'Completed: 2']);
    expect(chartLines('Projects by category')).toEqual(['Transport: 1', 'Energy: 1']);

    // The drawing itself carries each label and count as text.
    const byStatus = screen.getByRole('img', { name: 'Projects by status' });
    for (const label of ['Planned', 'Under construction', 'Completed']) {
      expect(within(byStatus).getByText(label)).toBeInTheDocument();
    }
    expect(within(byStatus).getAllByText('0')).toHaveLength(2);
    expect(within(byStatus).getByText('2')).toBeInTheDocument();
    const byCategory = screen.getByRole('img', { name: 'Projects by category' });
    expect(byCategory).toHaveTextContent(/^Transport1Energy1$/);
  });

  it('says "1 project" for one', () => {
    renderWithApp(<DistrictPanel id="AZ-ZAN" />);
    expect(screen.getByText('1 project')).toBeInTheDocument();
    expect(chartLines('Projects by category')).toEqual(['Housing: 1']);
  });

  it('filters to the district and closes the panel', async () => {
    const user = userEvent.setup();
    useAppStore
      .getState()
      .setFilters({ ...emptyFilters, categories: ['transport'], districts: ['AZ-ZAN', 'AZ-SUS'] });
    useAppStore.getState().selectDistrict('AZ-FUZ');
    renderWithApp(<DistrictPanel id="AZ-FUZ" />);
    await user.click(screen.getByRole('button', { name: 'Filter to this district' }));
    const { filters, ui } = useAppStore.getState();
    // The district replaces the other district filters; the other filters stay.
    expect(filters).toEqual({ ...emptyFilters, categories: ['transport'], districts: ['AZ-FUZ'] });
    expect(ui.selectedDistrictId).toBeUndefined();
  });

  it('says so when no project is recorded in the district', () => {
    renderWithApp(<DistrictPanel id="AZ-AGM" />);
    expect(screen.getByRole('heading', { name: 'Aghdam' })).toBeInTheDocument();
    expect(screen.getByText('No projects are recorded in this district.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Filter to this district' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Great Return' })).not.toBeInTheDocument();
  });

  it('closes', async () => {
    const user = userEvent.setup();
    useAppStore.getState().selectDistrict('AZ-FUZ');
    renderWithApp(<DistrictPanel id="AZ-FUZ" />);
    await user.click(screen.getByRole('button', { name: 'Close district' }));
    expect(useAppStore.getState().ui.selectedDistrictId).toBeUndefined();
  });

  it('still offers to close for a district that is not in the data', async () => {
    const user = userEvent.setup();
    useAppStore.getState().selectDistrict('AZ-XXX');
    renderWithApp(<DistrictPanel id="AZ-XXX" />);
    await user.click(screen.getByRole('button', { name: 'Close district' }));
    expect(useAppStore.getState().ui.selectedDistrictId).toBeUndefined();
  });

  it('tells visitors how precise the boundary is, in their language, and no curator internals', () => {
    renderWithApp(<DistrictPanel id="AZ-SUS" />, 'az');
    expect(screen.getByText(/^Sərhədlər təxminidir: təxminən 1–2 km/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/adm1_code|AZ-X01|Natural Earth/);
  });

  it('mirrors its charts in Arabic: labels start at the right edge, bars end where the labels begin', () => {
    renderWithApp(<DistrictPanel id="AZ-FUZ" />, 'ar');
    const svg = document.querySelector('.bar-chart svg') as SVGSVGElement;
    const width = Number(svg.getAttribute('width'));
    const label = svg.querySelector('.bar-label') as SVGTextElement;
    expect(Number(label.getAttribute('x'))).toBe(width);
    const bar = svg.querySelectorAll('rect')[2] as SVGRectElement;
    expect(Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'))).toBe(width - 150);
  });

  it('shows the source note with its codes to curators (?issues=1), never at the kiosk', () => {
    window.history.replaceState(null, '', '/?issues=1');
    try {
      const { unmount } = renderWithApp(<DistrictPanel id="AZ-SUS" />);
      expect(screen.getByText('Source note (for curators)')).toBeInTheDocument();
      expect(screen.getByText(/adm1_code AZE-5565/)).toHaveAttribute('lang', 'en');
      unmount();
      useAppStore.setState((state) => ({ kiosk: { ...state.kiosk, enabled: true } }));
      renderWithApp(<DistrictPanel id="AZ-SUS" />);
      expect(screen.queryByText(/adm1_code/)).not.toBeInTheDocument();
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('speaks Azerbaijani', () => {
    renderWithApp(<DistrictPanel id="AZ-FUZ" />, 'az');
    expect(screen.getByRole('heading', { name: 'Füzuli' })).toBeInTheDocument();
    expect(valueOf('Region')).toHaveTextContent('Qarabağ');
    expect(valueOf('Sahə')).toHaveTextContent(/^1[.,\s\u00a0\u202f]?247 km²$/);
    expect(valueOf('Azad edilib')).toHaveTextContent(/2020/);
    expect(screen.getByText('2 layihə')).toBeInTheDocument();
    expect(chartLines('Vəziyyətə görə layihələr')).toEqual([
      'Planlaşdırılır: 0',
      'Tikilir: 0',
      'Tamamlanıb: 2',
    ]);
    expect(chartLines('Kateqoriyaya görə layihələr')).toEqual(['Nəqliyyat: 1', 'Enerji: 1']);
    expect(screen.getByRole('button', { name: 'Bu rayon üzrə filtrlə' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rayonu bağla' })).toBeInTheDocument();
  });

  it('sums the Great Return figures of its projects (real data)', async () => {
    const data = await loadData('/', shippedDataFetch);
    useAppStore.getState().setData(data);
    renderWithApp(<DistrictPanel id="AZ-ZAN" />);
    const greatReturn = screen.getByRole('region', { name: 'Great Return' });
    expect(greatReturn).toHaveTextContent('175 families, 871 residents (as of November 26, 2023)');
    // The counts follow the data, which grows; the panel must show what the data says.
    const mine = data.projects.filter((p) => p.properties.districts.includes('AZ-ZAN'));
    const count = (pick: (p: (typeof mine)[number]) => boolean) => mine.filter(pick).length;
    expect(mine.length).toBeGreaterThanOrEqual(8);
    expect(screen.getByText(`${mine.length} projects`)).toBeInTheDocument();
    expect(chartLines('Projects by status')).toEqual([
      `Planned: ${count((p) => p.properties.status === 'planned')}`,
      `Under construction: ${count((p) => p.properties.status === 'under-construction')}`,
      `Completed: ${count((p) => p.properties.status === 'completed')}`,
    ]);
    expect(chartLines('Projects by category')).toContain(
      `Transport: ${count((p) => p.properties.category === 'transport')}`,
    );
  });

  it('sums several resettlement projects and dates them by the latest (real data)', async () => {
    useAppStore.getState().setData(await loadData('/', shippedDataFetch));
    renderWithApp(<DistrictPanel id="AZ-XCI" />);
    expect(screen.getByRole('region', { name: 'Great Return' })).toHaveTextContent(
      /^Great Return437 families, 1,?889 residents \(as of October 28, 2025\)$/,
    );
  });
});
