/**
 * An init script that watches every WebGL context the page creates (also canvases created later) and tells
 * a context the app released on purpose (MapLibre's `remove()` calls `WEBGL_lose_context.loseContext()`)
 * from one the browser took away: only the latter is a context loss a kiosk would show.
 */
export interface WebGLWatch {
  created: number;
  /** Released by the app (a map removed); these fire `webglcontextlost` too. */
  released: number;
  /** Lost without the app asking: the figure the soak's target is about. */
  lost: number;
  restored: number;
}

export function watchWebGL(): void {
  const stats: WebGLWatch = { created: 0, released: 0, lost: 0, restored: 0 };
  (window as unknown as { __webglWatch: WebGLWatch }).__webglWatch = stats;
  const watched = new WeakSet<HTMLCanvasElement>();
  const released = new WeakSet<HTMLCanvasElement>();
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    ...args: Parameters<HTMLCanvasElement['getContext']>
  ) {
    const context = (getContext as (...a: unknown[]) => RenderingContext | null).apply(this, args);
    if (context && /webgl/.test(String(args[0])) && !watched.has(this)) {
      watched.add(this);
      stats.created++;
      this.addEventListener('webglcontextlost', () => {
        if (!released.has(this)) stats.lost++;
      });
      this.addEventListener('webglcontextrestored', () => stats.restored++);
    }
    return context;
  } as HTMLCanvasElement['getContext'];
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const getExtension = proto.getExtension as (this: WebGLRenderingContext, name: string) => unknown;
    const patched = new WeakSet<object>();
    Object.defineProperty(proto, 'getExtension', {
      configurable: true,
      writable: true,
      value(this: WebGLRenderingContext, name: string) {
        const extension = getExtension.call(this, name);
        if (name === 'WEBGL_lose_context' && extension && !patched.has(extension as object)) {
          const lose = extension as WEBGL_lose_context;
          const canvas = this.canvas;
          const loseContext = lose.loseContext.bind(lose);
          patched.add(lose);
          lose.loseContext = () => {
            if (canvas instanceof HTMLCanvasElement && !released.has(canvas)) {
              released.add(canvas);
              stats.released++;
            }
            loseContext();
          };
        }
        return extension;
      },
    });
  }
}
