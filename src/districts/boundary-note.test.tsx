/** The district panel's precision note: the boundary caveat, and the towns its polygon leaves out or takes in. */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { DistrictPanel } from './district-panel.tsx';
import { shippedDataFetch } from '../../tests/fixture-files.ts';

beforeEach(async () => {
  useAppStore.getState().setData(await loadData('/', shippedDataFetch));
});
afterEach(resetStore);

const CAVEAT = 'Boundaries are approximate: about 1–2 km, up to 3.5 km off.';

describe('BoundaryNote in the district panel', () => {
  it('names the towns outside Jabrayil’s polygon, by how much, and where they fall', () => {
    renderWithApp(<DistrictPanel id="AZ-CAB" />);
    expect(screen.getByText(new RegExp(`^${CAVEAT}`))).toBeInTheDocument();
    expect(
      screen.getByText(
        'Outside this polygon although they belong to this district: Giz Galasi dam (1.6 km), Shukurbayli (1 km), Jabrayil (0.5 km, in Khojavend), Khudafarin dam (0.1 km).',
      ),
    ).toBeInTheDocument();
  });

  it('names the towns another district’s polygon takes in', () => {
    renderWithApp(<DistrictPanel id="AZ-SUS" />);
    expect(
      screen.getByText(
        'Inside this polygon although they belong to another district: Lachin (1.7 km, in Lachin).',
      ),
    ).toBeInTheDocument();
  });

  it('gives only the caveat for a district without such towns, in Azerbaijani too', () => {
    renderWithApp(<DistrictPanel id="AZ-FUZ" />, 'az');
    expect(screen.getByText(/^Sərhədlər təxminidir/)).toBeInTheDocument();
    expect(screen.queryByText(/poliqondan kənarda/)).toBeNull();
  });
});
