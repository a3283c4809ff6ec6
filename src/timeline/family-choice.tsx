/** The imagery series the timeline steps through; Wayback is named for what its dates are: release dates. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';

const FAMILY_KEYS = {
  's2-cloudless': 'timeline.families.s2-cloudless',
  wayback: 'timeline.families.wayback',
  'gibs-landsat-weld': 'timeline.families.gibs-landsat-weld',
} as const;

const isKnown = (family: string): family is keyof typeof FAMILY_KEYS => family in FAMILY_KEYS;

export function FamilyChoice({ families, family }: { families: readonly string[]; family: string }) {
  const { t } = useTranslation();
  const id = useId();
  if (families.length < 2) return null;
  return (
    <span className="timeline-family">
      <label htmlFor={id}>{t('timeline.family')}</label>
      <select
        id={id}
        value={family}
        onChange={(event) => useAppStore.getState().setFamily(event.target.value)}
      >
        {families.map((name) => (
          <option key={name} value={name}>
            {isKnown(name) ? t(FAMILY_KEYS[name]) : name}
          </option>
        ))}
      </select>
    </span>
  );
}
