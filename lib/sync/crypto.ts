// End-to-end encryption of what sync stores on the user's server, with WebCrypto only. One secret
// is stretched from the passphrase (PBKDF2-SHA-256) and split (HKDF) into two keys: one encrypts
// each document (AES-GCM, 256-bit), the other names it (HMAC-SHA-256), so a document's id says
// nothing about which table or record it holds yet is the same on every device.

export const PBKDF2_ITERATIONS = 600_000;
const CHECK_TEXT = 'teachback key check v1';

export interface SyncKeys {
  encrypt: CryptoKey;
  name: CryptoKey;
}

/** What the server keeps next to the documents so another device can derive the same keys. */
export interface KeyInfo {
  salt: string;
  iterations: number;
  /** A known text encrypted with the key: decrypting it tells a wrong passphrase before anything is written. */
  check: Sealed;
}

/** An encrypted document body. */
export interface Sealed {
  iv: string;
  data: string;
}

/** Raised when a document does not decrypt: a wrong key, or a document someone changed. */
export class TamperedError extends Error {
  constructor(what: string) {
    super(`${what} does not decrypt with this passphrase: it was changed, or written with another key`);
  }
}

const text = new TextEncoder();
const subtle = () => globalThis.crypto.subtle;

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

/** The passphrase stretched: slow on purpose, so a stolen copy of the server cannot be guessed at quickly. */
async function stretch(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', text.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 256);
  return subtle().importKey('raw', bits, 'HKDF', false, ['deriveKey']);
}

function hkdf(info: string) {
  return { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: text.encode(info) };
}

export async function deriveKeys(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations = PBKDF2_ITERATIONS): Promise<SyncKeys> {
  const secret = await stretch(passphrase, salt, iterations);
  const [encrypt, name] = await Promise.all([
    subtle().deriveKey(hkdf('teachback/encrypt/v1'), secret, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    subtle().deriveKey(hkdf('teachback/name/v1'), secret, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
  ]);
  return { encrypt, name };
}

/**
 * Encrypts `body` for the document `id`. The id is authenticated with it, so a body moved to
 * another document is refused as surely as a changed one.
 */
export async function seal(keys: SyncKeys, id: string, body: unknown): Promise<Sealed> {
  const iv = randomBytes(12);
  const data = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: text.encode(id) },
    keys.encrypt,
    text.encode(JSON.stringify(body)),
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

export async function open<T>(keys: SyncKeys, id: string, sealed: Sealed): Promise<T> {
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: text.encode(id) },
      keys.encrypt,
      fromBase64(sealed.data),
    );
  } catch {
    throw new TamperedError(`Document ${id}`);
  }
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

/** A document id for a record: the same on every device with the passphrase, meaningless without it. */
export async function documentId(keys: SyncKeys, ref: string): Promise<string> {
  const mac = new Uint8Array(await subtle().sign('HMAC', keys.name, text.encode(ref)));
  // CouchDB reserves ids that start with "_"; base64url may; a letter first avoids it.
  return `d${toBase64(mac).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

export const KEY_CHECK_ID = 'teachback-key-check';

/** New key material for a server that has none yet. */
export async function newKeyInfo(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ info: KeyInfo; keys: SyncKeys }> {
  const salt = randomBytes(16);
  const keys = await deriveKeys(passphrase, salt, iterations);
  return { keys, info: { salt: toBase64(salt), iterations, check: await seal(keys, KEY_CHECK_ID, CHECK_TEXT) } };
}

/** The keys for a server that has key material, or a TamperedError when the passphrase is not the one it was set with. */
export async function unlock(passphrase: string, info: KeyInfo): Promise<SyncKeys> {
  const keys = await deriveKeys(passphrase, fromBase64(info.salt), info.iterations);
  const check = await open<string>(keys, KEY_CHECK_ID, info.check).catch(() => undefined);
  if (check !== CHECK_TEXT) throw new WrongPassphraseError();
  return keys;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('This is not the passphrase this server’s data was encrypted with.');
  }
}
