import { describe, expect, it } from 'vitest';
import { checkTemplate, expandTemplate } from './template.ts';
import { describeBytes, detectTileType, typeOfExtension } from './tile-type.ts';

describe('tile URL templates', () => {
  it('fills {z}, {x} and {y} in any order', () => {
    const tile = { z: 12, x: 2584, y: 1563 };
    expect(expandTemplate('https://t.example/{z}/{y}/{x}.jpg', tile)).toBe(
      'https://t.example/12/1563/2584.jpg',
    );
    expect(expandTemplate('https://t.example/{z}/{x}/{y}.png', tile)).toBe(
      'https://t.example/12/2584/1563.png',
    );
    expect(expandTemplate('https://t.example/t?l={z}&r={y}&c={x}&z={z}', tile)).toBe(
      'https://t.example/t?l=12&r=1563&c=2584&z=12',
    );
    expect(expandTemplate('https://t.example/{z}/{x}/{-y}.png', { z: 2, x: 1, y: 0 })).toBe(
      'https://t.example/2/1/3.png',
    );
  });

  it('rejects templates the packer cannot fill', () => {
    expect(() => checkTemplate('https://t.example/{z}/{y}/{x}.jpg')).not.toThrow();
    expect(() => checkTemplate('https://t.example/{z}/{x}.jpg')).toThrow(/\{y\}/);
    expect(() => checkTemplate('https://t.example/{y}/{x}.jpg')).toThrow(/\{z\}/);
    expect(() => checkTemplate('https://{s}.t.example/{z}/{x}/{y}.jpg')).toThrow(/\{s\}/);
  });
});

describe('tile types', () => {
  it('recognises JPEG, PNG and WebP from their first bytes', () => {
    expect(detectTileType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(detectTileType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    const webp = new TextEncoder().encode('RIFF\x24\x00\x00\x00WEBPVP8 ');
    expect(detectTileType(webp)).toBe('webp');
    expect(detectTileType(new TextEncoder().encode('RIFF\x24\x00\x00\x00WAVEfmt '))).toBeUndefined();
    expect(
      detectTileType(new TextEncoder().encode('<?xml version="1.0"?><ExceptionReport>')),
    ).toBeUndefined();
    expect(detectTileType(new Uint8Array(0))).toBeUndefined();
    expect(detectTileType(Uint8Array.from([0xff]))).toBeUndefined();
  });

  it('maps cache file extensions back to types and describes non-images', () => {
    expect(typeOfExtension('jpg')).toBe('jpeg');
    expect(typeOfExtension('png')).toBe('png');
    expect(typeOfExtension('webp')).toBe('webp');
    expect(typeOfExtension('none')).toBeUndefined();
    expect(describeBytes(new TextEncoder().encode('<html>\n<body>Blocked'))).toBe(
      '20 bytes starting "<html>.<body>Blocked"',
    );
  });
});
