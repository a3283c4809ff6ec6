import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFetch, fixtureText } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { ProjectPassport } from './project-passport.tsx';
import { shippedDataFetch } from '../../tests/fixture-files.ts';

interface RawFeature {
  id: string;
  properties: Record<string, unknown>;
}

/** Loads the fixtures with some projects' properties changed (the data still goes through validation). */
async function loadChanged(change: Record<string, (properties: Record<string, unknown>) => void>) {
  const collection = JSON.parse(fixtureText('projects.geojson')) as { features: RawFeature[] };
  for (const feature of collection.features) change[feature.id]?.(feature.properties);
  const data = await loadData('/', fixtureFetch({ 'projects.geojson': JSON.stringify(collection) }));
  useAppStore.getState().setData(data);
  return data;
}

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

  it('links each source, in a new tab, with an accessible name', () => {
    renderWithApp(<ProjectPassport id="fixture-airport" />);
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    // (dom-accessibility-api drops the space at the start of the hidden span; browsers keep it.)
    const link = screen.getByRole('link', { name: /^Fixture ?\(opens in a new tab\)$/ });
    expect(link).toHaveAttribute('href', 'https://example.org/airport');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  });

  it('names the publisher and date of each source (real data)', async () => {
    useAppStore.getState().setData(await loadData('/', shippedDataFetch));
    renderWithApp(<ProjectPassport id="aghali-smart-village" />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(3);
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    const first = screen.getByRole('link', {
      name: /^First stage of resettling residents of Zangilan's Aghali village completed ?\(opens in a new tab\)$/,
    });
    expect(first.closest('li')).toHaveTextContent('— Azernews, July 25, 2022');
  });

  it('shows sources as plain text where links are not allowed', () => {
    renderWithApp(<ProjectPassport id="fixture-airport" linksAllowed={false} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'Sources' }).nextElementSibling).toHaveTextContent('Fixture');
    expect(screen.getByRole('article')).not.toHaveTextContent('opens in a new tab');
  });

  it.each(['http://example.org/airport', 'javascript:alert(1)', 'ftp://example.org/airport'])(
    'never links a source that is not https (%s): the project is left out of the data',
    async (url) => {
      const data = await loadChanged({
        'fixture-airport': (p) => {
          p.sources = [{ title: 'Fixture', url }];
        },
      });
      expect(data.issues.some((issue) => issue.severity === 'error' && issue.message.includes('https'))).toBe(
        true,
      );
      renderWithApp(<ProjectPassport id="fixture-airport" />);
      expect(screen.queryAllByRole('link')).toHaveLength(0);
      expect(screen.getByText('The project “fixture-airport” is not in the data.')).toBeInTheDocument();
    },
  );

  it('shows the summary', () => {
    renderWithApp(<ProjectPassport id="fixture-airport" />);
    expect(screen.getByRole('heading', { name: 'About' }).nextElementSibling).toHaveTextContent('For tests.');
  });

  it('shows the summary in Azerbaijani', () => {
    renderWithApp(<ProjectPassport id="fixture-airport" />, 'az');
    expect(screen.getByRole('heading', { name: 'Haqqında' }).nextElementSibling).toHaveTextContent(
      'Sınaq üçün.',
    );
  });

  it('lists its districts as buttons that open the district', async () => {
    const user = userEvent.setup();
    renderWithApp(<ProjectPassport id="fixture-airport" />);
    const fuzuli = screen.getByRole('button', { name: 'Fuzuli' });
    await user.click(fuzuli);
    const { ui } = useAppStore.getState();
    expect(ui.selectedDistrictId).toBe('AZ-FUZ');
    // A project and a district panel never show at once.
    expect(ui.selectedProjectId).toBeUndefined();
  });

  it('lists every district of a project that crosses several (real data)', async () => {
    useAppStore.getState().setData(await loadData('/', shippedDataFetch));
    renderWithApp(<ProjectPassport id="horadiz-aghband-highway" />, 'az');
    const list = screen.getByText('Rayonlar').nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Füzuli', 'Cəbrayıl', 'Zəngilan']);
  });

  it('says when the position on the map is approximate', () => {
    renderWithApp(<ProjectPassport id="fixture-road" />);
    expect(screen.getByText('The position on the map is approximate.')).toBeInTheDocument();
  });

  it('says nothing about precision for an exact position', () => {
    renderWithApp(<ProjectPassport id="fixture-airport" />);
    expect(screen.queryByText('The position on the map is approximate.')).not.toBeInTheDocument();
  });

  it('shows Great Return figures with their date (real data)', async () => {
    useAppStore.getState().setData(await loadData('/', shippedDataFetch));
    renderWithApp(<ProjectPassport id="aghali-smart-village" />);
    const label = screen.getByText('Great Return');
    expect(label.nextElementSibling).toHaveTextContent(
      '175 families, 871 residents (as of November 26, 2023)',
    );
  });

  it('shows Great Return figures in Azerbaijani (real data)', async () => {
    useAppStore.getState().setData(await loadData('/', shippedDataFetch));
    renderWithApp(<ProjectPassport id="aghali-smart-village" />, 'az');
    expect(screen.getByText('Böyük Qayıdış').nextElementSibling).toHaveTextContent(
      /^175 ailə, 871 sakin \(.+2023.* tarixinə\)$/,
    );
  });

  it('uses the singular for one family and one resident', async () => {
    await loadChanged({
      'fixture-village': (p) => {
        p.resettlement = { families: 1, residents: 1, date: '2024-05' };
      },
    });
    renderWithApp(<ProjectPassport id="fixture-village" />);
    expect(screen.getByText('Great Return').nextElementSibling).toHaveTextContent(
      /^1 family, 1 resident \(as of May 2024\)$/,
    );
  });

  it('shows only the figures a source gives', async () => {
    await loadChanged({
      'fixture-village': (p) => {
        p.resettlement = { residents: 40, date: '2024' };
      },
    });
    renderWithApp(<ProjectPassport id="fixture-village" />);
    expect(screen.getByText('Great Return').nextElementSibling).toHaveTextContent(
      /^40 residents \(as of 2024\)$/,
    );
  });

  it('has no Great Return row for a project without resettlement', () => {
    renderWithApp(<ProjectPassport id="fixture-airport" />);
    expect(screen.queryByText('Great Return')).not.toBeInTheDocument();
  });

  it('shows curator text literally, never as HTML', async () => {
    await loadChanged({
      'fixture-airport': (p) => {
        p.name = { az: '<b>Qalın</b> hava limanı', en: '<b>Bold</b> airport', ru: '<b>Жирный</b> аэропорт' };
        p.summary = { az: 'Sınaq.', en: '<img src="x" onerror="alert(1)"> & more', ru: 'Тест.' };
        p.sources = [{ title: '<i>Fixture</i>', url: 'https://example.org/airport' }];
      },
    });
    const { container } = renderWithApp(<ProjectPassport id="fixture-airport" />);
    expect(screen.getByRole('heading', { name: '<b>Bold</b> airport' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: '<b>Bold</b> airport' })).toBeInTheDocument();
    expect(screen.getByText('<img src="x" onerror="alert(1)"> & more')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /^<i>Fixture<\/i> ?\(opens in a new tab\)$/ }),
    ).toBeInTheDocument();
    expect(container.querySelector('b, i, img')).toBeNull();
  });

  it('shows media with caption, credit and licence', async () => {
    await loadChanged({
      'fixture-airport': (p) => {
        p.media = [
          {
            url: 'https://example.org/airport.jpg',
            caption: { az: 'Terminal binası', en: 'Terminal building', ru: 'Здание терминала' },
            credit: 'A. Photographer',
            license: 'CC BY 4.0',
          },
        ];
      },
    });
    renderWithApp(<ProjectPassport id="fixture-airport" />);
    expect(screen.getByRole('heading', { name: 'Media' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Terminal building' })).toHaveAttribute(
      'src',
      'https://example.org/airport.jpg',
    );
    expect(screen.getByRole('figure')).toHaveTextContent('Terminal building — A. Photographer (CC BY 4.0)');
  });
});
