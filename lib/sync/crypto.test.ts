import { describe, expect, it } from 'vitest';
import { deriveKeys, documentId, newKeyInfo, open, PBKDF2_ITERATIONS, seal, TamperedError, unlock, WrongPassphraseError } from './crypto';

const text = new TextEncoder();

// Known answers. The derivation is a contract with every server already holding data: changing it
// would orphan that data. The vectors below were computed independently with OpenSSL (Node's
// crypto: pbkdf2Sync, hkdfSync, createHmac, aes-256-gcm) for passphrase "passwd", salt "salt",
// one iteration.
const KNOWN = {
  id: 'dDtdYxqQ9r83Y6IVpqOuKBo4IVvYI3v2Jp2spbWyfQzQ',
  sealed: { iv: 'BwcHBwcHBwcHBwcH', data: 'cl+wmPAWmVhb5lrn695+XyloikSMT15rZY7bAa1a' },
};
const knownKeys = () => deriveKeys('passwd', text.encode('salt'), 1);

describe('sync encryption', () => {
  it('stretches the passphrase with PBKDF2-SHA-256 as RFC 7914 gives it', async () => {
    const base = await crypto.subtle.importKey('raw', text.encode('passwd'), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: text.encode('salt'), iterations: 1 }, base, 512);
    expect(Buffer.from(bits).toString('hex')).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
  });

  it('names a record’s document as OpenSSL computes it, the same on every device', async () => {
    expect(await documentId(await knownKeys(), 'people:ada')).toBe(KNOWN.id);
    expect(await documentId(await knownKeys(), 'people:ada')).toBe(KNOWN.id);
    expect(await documentId(await knownKeys(), 'people:bob')).not.toBe(KNOWN.id);
  });

  it('opens a document OpenSSL encrypted with the same key and id', async () => {
    expect(await open(await knownKeys(), 'doc-1', KNOWN.sealed)).toEqual({ name: 'Ada' });
  });

  it('seals with a fresh IV every time and opens what it sealed', async () => {
    const keys = await knownKeys();
    const a = await seal(keys, 'doc-1', { name: 'Ada', notes: 'private' });
    const b = await seal(keys, 'doc-1', { name: 'Ada', notes: 'private' });
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toContain('private');
    expect(await open(keys, 'doc-1', a)).toEqual({ name: 'Ada', notes: 'private' });
  });

  it('refuses a changed document, a document moved to another id, and another key', async () => {
    const keys = await knownKeys();
    const sealed = await seal(keys, 'doc-1', { name: 'Ada' });
    const bytes = Buffer.from(sealed.data, 'base64');
    bytes.writeUInt8(bytes.readUInt8(3) ^ 1, 3);
    await expect(open(keys, 'doc-1', { ...sealed, data: bytes.toString('base64') })).rejects.toBeInstanceOf(TamperedError);
    await expect(open(keys, 'doc-2', sealed)).rejects.toBeInstanceOf(TamperedError);
    const other = await deriveKeys('passwd', text.encode('pepper'), 1);
    await expect(open(other, 'doc-1', sealed)).rejects.toBeInstanceOf(TamperedError);
  });

  it('keeps a key check on the server that tells a wrong passphrase at once', async () => {
    const { info, keys } = await newKeyInfo('correct horse', 1);
    const again = await unlock('correct horse', info);
    expect(await documentId(again, 'x')).toBe(await documentId(keys, 'x'));
    await expect(unlock('correct hose', info)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('stretches with at least 600,000 iterations by default', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect((await newKeyInfo('slow on purpose')).info.iterations).toBe(PBKDF2_ITERATIONS);
  });
});
