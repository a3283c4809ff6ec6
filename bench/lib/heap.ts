/** JS heap in use after forced garbage collection (CDP), on the page's main thread and in its MapLibre workers. */
import type { Page } from '@playwright/test';

export interface HeapUsage {
  /** Bytes in use on the main thread. */
  main: number;
  /** Bytes in use in the MapLibre workers together. */
  workers: number;
  workerCount: number;
}

export async function heapAfterGc(page: Page): Promise<HeapUsage> {
  const cdp = await page.context().newCDPSession(page);
  // Twice: objects freed by the first collection (finalizers, weak maps) are reclaimed by the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const main = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  // Dedicated workers are children of the page target: attach (not flattened, so this session routes the
  // messages) and ask each one.
  const workers: { sessionId: string; url: string }[] = [];
  const replies = new Map<number, (result: unknown) => void>();
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.push({ sessionId, url: targetInfo.url });
  });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) replies.get(reply.id)?.(reply.error ? undefined : reply.result);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((resolve) => setTimeout(resolve, 300));
  let id = 0;
  const call = (sessionId: string, method: string) =>
    new Promise<unknown>((resolve, reject) => {
      const messageId = ++id;
      const timer = setTimeout(() => reject(new Error(`${method}: no answer from the worker`)), 15_000);
      replies.set(messageId, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: messageId, method }),
      });
    });
  let workerHeap = 0;
  const maplibreWorkers = workers.filter(({ url }) => /maplibre/i.test(url));
  for (const { sessionId } of maplibreWorkers) {
    await call(sessionId, 'HeapProfiler.collectGarbage');
    await call(sessionId, 'HeapProfiler.collectGarbage');
    const usage = (await call(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number } | undefined;
    workerHeap += usage?.usedSize ?? 0;
  }
  await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false });
  await cdp.detach();
  return { main, workers: workerHeap, workerCount: maplibreWorkers.length };
}
