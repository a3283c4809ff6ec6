/** A `pmtiles` Source over bytes in memory, to read archives back with the official reader in tests. */
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';

export class MemorySource implements Source {
  readonly bytes: Uint8Array;
  readonly key: string;
  /** Every (offset, length) asked for: shows how many requests a reader needs. */
  readonly requests: Array<[number, number]> = [];

  constructor(bytes: Uint8Array, key = 'memory.pmtiles') {
    this.bytes = bytes;
    this.key = key;
  }

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    this.requests.push([offset, length]);
    // Like an HTTP server, a range past the end returns only the bytes that exist.
    const slice = this.bytes.subarray(offset, Math.min(offset + length, this.bytes.length));
    const copy = new Uint8Array(slice.length);
    copy.set(slice);
    return { data: copy.buffer };
  }
}

export function openArchive(bytes: Uint8Array, key?: string): PMTiles {
  return new PMTiles(new MemorySource(bytes, key));
}
