import { describe, expect, it } from 'vitest';
import { hashPin, PIN_HASH_PATTERN, verifyPin } from './pin-hash.ts';

const FAST = { iterations: 1000 };

describe('the operator PIN hash', () => {
  it('writes a line that holds no PIN and matches the pattern', async () => {
    const line = await hashPin('2020', FAST);
    expect(line).toMatch(PIN_HASH_PATTERN);
    expect(line).not.toContain('2020');
    expect(line.startsWith('pbkdf2-sha256$1000$')).toBe(true);
  });

  it('salts every hash: the same PIN twice gives two lines', async () => {
    expect(await hashPin('2020', FAST)).not.toBe(await hashPin('2020', FAST));
  });

  it('accepts the PIN and refuses others', async () => {
    const line = await hashPin('482913', FAST);
    expect(await verifyPin('482913', line)).toBe(true);
    expect(await verifyPin('482914', line)).toBe(false);
    expect(await verifyPin('', line)).toBe(false);
  });

  it('matches a known PBKDF2-HMAC-SHA-256 result (RFC 7914 test vector)', async () => {
    // RFC 7914 §11: P="passwd", S="salt", c=1, first 32 bytes of the 64-byte output.
    const line = await hashPin('passwd', { iterations: 1, salt: new TextEncoder().encode('salt') });
    const hex = [...Uint8Array.from(atob(line.split('$')[3] ?? ''), (c) => c.charCodeAt(0))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    expect(hex).toBe('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc');
  });

  it('refuses everything for a malformed line', async () => {
    expect(await verifyPin('2020', '2020')).toBe(false);
    expect(await verifyPin('2020', 'pbkdf2-sha256$1000$abc$def')).toBe(false);
  });
});
