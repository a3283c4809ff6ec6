/**
 * What a map does about its WebGL context. The browser may take a context away (GPU reset, driver update,
 * too many contexts); MapLibre rebuilds its style from a snapshot when the context comes back, but drops
 * feature state, and a context may never come back at all. An unattended kiosk must recover either way:
 * after a restore the app re-applies what the style snapshot does not hold (each restore is a new
 * `generation`); when no restore comes in time the map is created anew (a new `mount`, the map's React key).
 */
export interface ContextState {
  /** The context is gone: the map's style is torn down, nothing may touch its sources or layers. */
  lost: boolean;
  /** Changes whenever the map's drawing state was rebuilt (a restore or a new map): re-apply feature state. */
  generation: number;
  /** Changes when the map must be created anew (its context did not come back in time). */
  mount: number;
}

export type ContextEvent = 'lost' | 'restored' | 'timeout';

export const initialContextState: ContextState = { lost: false, generation: 0, mount: 0 };

/** How long to wait for the browser to restore a context before giving up on the map. */
export const RESTORE_TIMEOUT_MS = 4000;

export function nextContextState(state: ContextState, event: ContextEvent): ContextState {
  switch (event) {
    case 'lost':
      return state.lost ? state : { ...state, lost: true };
    case 'restored':
      return state.lost ? { ...state, lost: false, generation: state.generation + 1 } : state;
    // Only a wait that ran out while still lost counts: a restore that came first already recovered.
    case 'timeout':
      return state.lost ? { lost: false, generation: state.generation + 1, mount: state.mount + 1 } : state;
  }
}
