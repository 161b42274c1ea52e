import { describe, expect, it } from 'vitest';
import { checkSetup, type SetupInput } from './setup-form';

const good: SetupInput = {
  server: 'https://couch.example.org/',
  database: 'teachback',
  username: 'ada',
  password: 'secret',
  passphrase: 'four words I remember',
  repeat: 'four words I remember',
};

describe('sync setup form', () => {
  it('turns a good form into the database address and the origin to ask access for', () => {
    expect(checkSetup(good)).toEqual({
      ok: true,
      origin: 'https://couch.example.org',
      remote: { url: 'https://couch.example.org/teachback', username: 'ada', password: 'secret' },
    });
    expect(checkSetup({ ...good, server: 'http://127.0.0.1:5984/couch/' })).toMatchObject({
      remote: { url: 'http://127.0.0.1:5984/couch/teachback' },
    });
  });

  it('says what is wrong with each field', () => {
    const r = checkSetup({ server: 'ftp://x', database: 'Team DB', username: ' ', password: '', passphrase: 'short', repeat: 'short' });
    expect(r.ok).toBe(false);
    expect(Object.keys(r.ok ? {} : r.errors).sort()).toEqual(['database', 'passphrase', 'password', 'server', 'username']);
    expect(checkSetup({ ...good, repeat: 'four words I forgot' })).toMatchObject({
      ok: false,
      errors: { repeat: 'The two passphrases differ.' },
    });
    expect(checkSetup({ ...good, server: 'https://ada:pw@couch.example.org' }).ok).toBe(false);
  });
});
