/**
 * The operator PIN as a salted hash: kiosk.json is served to every browser, so it holds
 * `pbkdf2-sha256$ITERATIONS$SALT$HASH` (base64), never the PIN itself. WebCrypto's PBKDF2 does the work,
 * in the browser and in Node (`npm run kiosk:pin` writes the line) alike: no library of our own.
 */

export const PIN_HASH_PATTERN =
  /^pbkdf2-sha256\$(\d{4,7})\$([A-Za-z0-9+/]{22,}={0,2})\$([A-Za-z0-9+/]{43}=)$/;

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; about a third of a second on a kiosk PC. */
export const PIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** The line for kiosk.json's `operatorPinHash`, with a fresh random salt unless one is given (tests). */
export async function hashPin(
  pin: string,
  { iterations = PIN_ITERATIONS, salt }: { iterations?: number; salt?: Uint8Array<ArrayBuffer> } = {},
): Promise<string> {
  const bytes = salt ?? crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return `pbkdf2-sha256$${iterations}$${toBase64(bytes)}$${toBase64(await derive(pin, bytes, iterations))}`;
}

/** Whether `pin` matches a stored hash line (false for a malformed line). */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const match = PIN_HASH_PATTERN.exec(stored);
  if (!match?.[2] || !match[3]) return false;
  const expected = fromBase64(match[3]);
  const actual = await derive(pin, fromBase64(match[2]), Number(match[1]));
  // Compared whole, not stopping at the first difference (no timing hint, cheap as it is).
  let difference = actual.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}
