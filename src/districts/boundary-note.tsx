/**
 * The district panel's precision note in plain words: how far off the generalised boundaries are, and the
 * places (from data/about.json, measured on gazetteer positions) that the polygon leaves out although they
 * belong to the district, or takes in although they belong to another.
 */
import { useTranslation } from 'react-i18next';
import { isolateIn } from '../lib/bidi.ts';
import { localized } from '../lib/localized.ts';
import { formatNumber } from '../lib/numbers.ts';
import { useAppStore } from '../store/app-store.ts';

export function BoundaryNote({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const towns = useAppStore((s) => s.data.about?.townsOutside);
  const districtsById = useAppStore((s) => s.data.districtsById);
  const list = (
    entries: NonNullable<typeof towns>,
    other: (entry: NonNullable<typeof towns>[number]) => string | undefined,
  ) =>
    entries
      .map((entry) => {
        const town = isolateIn(lang, localized(entry.name, lang));
        const km = formatNumber(entry.km, lang, 1);
        const id = other(entry);
        const district = id && isolateIn(lang, localized(districtsById.get(id)?.properties.name, lang) || id);
        return district
          ? t('trust.townOffsetIn', { town, km, district })
          : t('trust.townOffset', { town, km });
      })
      .join(t('format.separator'));
  const outside = (towns ?? []).filter((entry) => entry.district === districtId);
  const inside = (towns ?? []).filter((entry) => entry.liesIn === districtId);
  return (
    <div className="note boundary-note">
      <p>{t('trust.boundaryNote')}</p>
      {outside.length > 0 && (
        <p>{t('trust.townsOutside', { towns: list(outside, (entry) => entry.liesIn) })}</p>
      )}
      {inside.length > 0 && (
        <p>{t('trust.townsInside', { towns: list(inside, (entry) => entry.district) })}</p>
      )}
    </div>
  );
}
