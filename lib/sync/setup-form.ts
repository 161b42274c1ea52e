// The sync setup form's rules, apart from the page: what makes an address, a database name and
// a passphrase acceptable, and the message for each mistake.
import type { Remote } from './pouch-remote';

export interface SetupInput {
  server: string;
  database: string;
  username: string;
  password: string;
  passphrase: string;
  repeat: string;
}

export type SetupCheck = { ok: true; remote: Remote; origin: string } | { ok: false; errors: Partial<Record<keyof SetupInput, string>> };

/** CouchDB's rule for database names. */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;
export const MIN_PASSPHRASE = 12;

function serverUrl(raw: string): URL | undefined {
  try {
    const url = new URL(raw.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}

export function checkSetup(input: SetupInput): SetupCheck {
  const errors: Partial<Record<keyof SetupInput, string>> = {};
  const url = serverUrl(input.server);
  if (!url) errors.server = 'Enter the server’s address, starting with https:// (without a user name in it).';
  if (!DB_NAME.test(input.database)) errors.database = 'Lower-case letters, digits and _$()+-/ only, starting with a letter.';
  if (!input.username.trim()) errors.username = 'Enter the CouchDB user name.';
  if (!input.password) errors.password = 'Enter the password.';
  if (input.passphrase.length < MIN_PASSPHRASE)
    errors.passphrase = `Use at least ${MIN_PASSPHRASE} characters: a few words you will remember.`;
  else if (input.passphrase !== input.repeat) errors.repeat = 'The two passphrases differ.';
  if (!url || Object.keys(errors).length) return { ok: false, errors };
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return {
    ok: true,
    origin: url.origin,
    remote: { url: `${base}/${encodeURIComponent(input.database)}`, username: input.username.trim(), password: input.password },
  };
}

/** The address as shown once saved: the server, never the password. */
export function describeRemote(remote: Remote): string {
  return `${remote.username} at ${remote.url}`;
}
