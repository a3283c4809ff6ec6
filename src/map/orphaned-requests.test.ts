import { describe, expect, it } from 'vitest';
import { orphanReply } from './orphaned-requests.ts';

const ORIGIN = 'http://localhost:4173';

describe('answers to a removed map', () => {
  it('answers a worker request for the removed map with an error, under the same id', () => {
    expect(orphanReply({ id: 'abc', type: 'GI', targetMapId: 7, data: {} }, 7, ORIGIN)).toEqual({
      id: 'abc',
      type: '<response>',
      origin: ORIGIN,
      sourceMapId: 7,
      error: 'The map was removed.',
    });
  });

  it('leaves requests for other maps, answers, cancellations and foreign messages alone', () => {
    expect(orphanReply({ id: 'abc', type: 'GI', targetMapId: 8 }, 7, ORIGIN)).toBeUndefined();
    expect(orphanReply({ id: 'abc', type: '<response>', targetMapId: 7 }, 7, ORIGIN)).toBeUndefined();
    expect(orphanReply({ id: 'abc', type: '<cancel>', targetMapId: 7 }, 7, ORIGIN)).toBeUndefined();
    expect(orphanReply({ id: 'abc', type: 'GI' }, 7, ORIGIN)).toBeUndefined();
    expect(orphanReply('hello', 7, ORIGIN)).toBeUndefined();
    expect(orphanReply(null, 7, ORIGIN)).toBeUndefined();
  });
});
