/** What the side panel shows: one thing at a time, the first that applies. */
import type { AppState } from '../store/app-store.ts';

export type PanelView = 'loading' | 'issues' | 'tour' | 'about' | 'project' | 'district' | 'explore';

export function selectPanelView(state: AppState): PanelView {
  if (state.data.status !== 'ready') return 'loading';
  if (state.ui.issuesOpen) return 'issues';
  // A marker tapped during the tour opens its passport: the tour waits beneath it, on its scene, and comes
  // back when the passport closes (TourPanel shows its scene again when it mounts).
  if (state.kiosk.touring) return state.ui.selectedProjectId ? 'project' : 'tour';
  if (state.trust.aboutOpen) return 'about';
  if (state.ui.selectedProjectId) return 'project';
  if (state.ui.selectedDistrictId) return 'district';
  return 'explore';
}
