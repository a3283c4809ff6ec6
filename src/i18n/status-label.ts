/** A project status in words, the two states only the timeline gives included ("not started", "date unknown"). */
import type { TFunction } from 'i18next';
import type { AsOfStatus } from '../lib/as-of.ts';

export function statusLabel(t: TFunction, status: AsOfStatus): string {
  return status === 'not-started' || status === 'date-unknown'
    ? t(`timeline.status.${status}`)
    : t(`status.${status}`);
}
