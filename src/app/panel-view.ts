/** What the side panel shows: one thing at a time, the first that applies. */
import type { AppState } from '../store/app-store.ts';

export type PanelView = 'loading' | 'issues' | 'tour' | 'about' | 'project' | 'district' | 'explore';

export function selectPanelView(state: AppState): PanelView {
  if (state.data.status !== 'ready') return 'loading';
  if (state.ui.issuesOpen) return 'issues';
  if (state.kiosk.touring) return 'tour';
  if (state.trust.aboutOpen) return 'about';
  if (state.ui.selectedProjectId) return 'project';
  if (state.ui.selectedDistrictId) return 'district';
  return 'explore';
}
