/**
 * A removed map still gets requests from MapLibre's worker: a tile it was parsing asks the map for its icon
 * images (the district labels, the cluster counts). The map's message handler is gone, so nobody answers,
 * and the worker keeps the tile and its parse waiting forever: a side-by-side map removed while loading
 * leaked about 50 kB in the worker each time (bench/soak.ts). Answering such a request with an error lets
 * the worker drop the tile. Workers are shared by every map, so only requests for the removed map are
 * answered, and only for a while (a tile is parsed in far less).
 */

/** The part of MapLibre's worker message this needs (src/util/actor.ts in maplibre-gl). */
interface ActorMessage {
  id: string;
  type: string;
  targetMapId?: string | number | null;
}

export interface OrphanReply {
  id: string;
  type: '<response>';
  origin: string;
  sourceMapId: string | number;
  error: string;
}

/** A message channel to a worker, as MapLibre's actors hold it. */
export interface WorkerTarget {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown): void;
}

export const ORPHAN_LISTEN_MS = 30_000;

function isActorMessage(data: unknown): data is ActorMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as ActorMessage).id === 'string' &&
    typeof (data as ActorMessage).type === 'string'
  );
}

/** The error answer to a worker's request for the removed map `mapId`; nothing for any other message. */
export function orphanReply(data: unknown, mapId: string | number, origin: string): OrphanReply | undefined {
  if (!isActorMessage(data) || data.targetMapId !== mapId) return undefined;
  // Answers and cancellations are not requests: answering them would confuse the worker.
  if (data.type === '<response>' || data.type === '<cancel>') return undefined;
  return { id: data.id, type: '<response>', origin, sourceMapId: mapId, error: 'The map was removed.' };
}

/** Answers the workers' requests for a removed map, for `ms` after its removal. */
export function answerOrphanedRequests(
  targets: readonly WorkerTarget[],
  mapId: string | number,
  ms = ORPHAN_LISTEN_MS,
): void {
  for (const target of new Set(targets)) {
    const listener = (event: MessageEvent) => {
      const reply = orphanReply(event.data, mapId, window.location.origin);
      if (reply) target.postMessage(reply);
    };
    target.addEventListener('message', listener);
    setTimeout(() => target.removeEventListener('message', listener), ms);
  }
}
