/**
 * A shared link that names a district or a project but no view (`map=`) opens on that place: the district
 * fitted, the project at a zoom where it is out of its cluster, both clear of the panel or sheet. A
 * comparison opened with the project is then framed on it too (its maps follow the main map).
 */
import { useEffect } from 'react';
import { bboxOf } from '../lib/geo.ts';
import { useAppStore } from '../store/app-store.ts';
import { parseUrl } from '../store/url-state.ts';

/** Past the clusters' last zoom (CLUSTER_OPTIONS.clusterMaxZoom is 13): every point stands alone. */
const PROJECT_ZOOM = 14;

export function useLinkFraming(): void {
  const ready = useAppStore((s) => s.data.status === 'ready');
  useEffect(() => {
    if (!ready) return;
    const { state } = parseUrl(window.location.search);
    if (state.view) return;
    const store = useAppStore.getState();
    const project = state.project ? store.data.projectsById.get(state.project) : undefined;
    const district = state.district ? store.data.districtsById.get(state.district) : undefined;
    // The sheet opens to half for a panel: the camera frames the place above it.
    if ((project || district) && store.layout.sheet === 'peek') store.setSheet('half');
    if (project?.geometry.type === 'Point') {
      const [lon = 0, lat = 0] = project.geometry.coordinates;
      store.requestCamera({ center: [lon, lat], zoom: PROJECT_ZOOM }, true);
    } else if (project) store.requestCamera({ bounds: bboxOf(project) }, true);
    else if (district) store.requestCamera({ bounds: bboxOf(district) }, true);
    // Once, for the link the page was opened with (data ready comes once).
  }, [ready]);
}
