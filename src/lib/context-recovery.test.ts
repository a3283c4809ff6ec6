import { describe, expect, it } from 'vitest';
import { initialContextState, nextContextState, type ContextEvent } from './context-recovery.ts';

const run = (...events: ContextEvent[]) => events.reduce(nextContextState, initialContextState);

describe('WebGL context recovery', () => {
  it('marks the context lost until it is restored, then asks for feature state to be re-applied', () => {
    expect(run('lost')).toEqual({ lost: true, generation: 0, mount: 0 });
    expect(run('lost', 'restored')).toEqual({ lost: false, generation: 1, mount: 0 });
  });

  it('creates the map anew when the context does not come back in time', () => {
    expect(run('lost', 'timeout')).toEqual({ lost: false, generation: 1, mount: 1 });
  });

  it('ignores a timeout after the restore and a restore without a loss', () => {
    expect(run('lost', 'restored', 'timeout')).toEqual({ lost: false, generation: 1, mount: 0 });
    expect(run('restored')).toBe(initialContextState);
    expect(run('timeout')).toBe(initialContextState);
  });

  it('counts a second loss once, and recovers again after it', () => {
    expect(run('lost', 'lost')).toEqual({ lost: true, generation: 0, mount: 0 });
    expect(run('lost', 'restored', 'lost', 'timeout')).toEqual({ lost: false, generation: 2, mount: 1 });
  });
});
