/** The years filter: from and to, over the years the projects span (up to this year); its group is the panel's. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_END_YEAR } from '../data/project-index.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectEntries } from '../store/selectors.ts';

function useYearBounds(): number[] {
  const entries = useAppStore(selectEntries);
  return useMemo(() => {
    const years = entries
      .flatMap((entry) => [entry.fromYear, entry.toYear])
      .filter((year) => year !== OPEN_END_YEAR);
    const thisYear = new Date().getFullYear();
    const [min, max] =
      years.length > 0 ? [Math.min(...years), Math.max(thisYear, ...years)] : [2020, thisYear];
    return Array.from({ length: max - min + 1 }, (_, i) => min + i);
  }, [entries]);
}

export const YearRange = memo(function YearRange({
  from,
  to,
}: {
  from: number | undefined;
  to: number | undefined;
}) {
  const { t } = useTranslation();
  const years = useYearBounds();
  const setYearRange = useAppStore((s) => s.setYearRange);
  const options = useMemo(
    () => [
      <option key="any" value="">
        {t('filters.anyYear')}
      </option>,
      ...years.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      )),
    ],
    [years, t],
  );
  const yearValue = (value: string) => (value === '' ? undefined : Number(value));
  return (
    <>
      <label>
        <span>{t('filters.from')}</span>
        <select value={from ?? ''} onChange={(event) => setYearRange(yearValue(event.target.value), to)}>
          {options}
        </select>
      </label>
      <label>
        <span>{t('filters.to')}</span>
        <select value={to ?? ''} onChange={(event) => setYearRange(from, yearValue(event.target.value))}>
          {options}
        </select>
      </label>
    </>
  );
});
