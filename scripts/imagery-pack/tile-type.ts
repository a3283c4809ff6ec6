/** Image type of a tile from its first bytes (servers' Content-Type headers are not always right). */
import type { PmtilesTileType } from './pmtiles-writer.ts';

export function detectTileType(bytes: Uint8Array): PmtilesTileType | undefined {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'png';
  // RIFF....WEBP
  if (b(0) === 0x52 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x46) {
    if (b(8) === 0x57 && b(9) === 0x45 && b(10) === 0x42 && b(11) === 0x50) return 'webp';
  }
  return undefined;
}

export const TILE_EXTENSION: Record<PmtilesTileType, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };

const TYPES: readonly PmtilesTileType[] = ['jpeg', 'png', 'webp'];

export function typeOfExtension(ext: string): PmtilesTileType | undefined {
  return TYPES.find((type) => TILE_EXTENSION[type] === ext);
}

/** A short description of bytes that are not an image (for error messages: often an XML or HTML error). */
export function describeBytes(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 80));
  const printable = head.replace(/[^\x20-\x7e]/g, '.');
  return `${bytes.length} bytes starting "${printable}"`;
}
