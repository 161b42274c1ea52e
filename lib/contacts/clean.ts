// Shared tidying of what a file says about a person: trimmed text, lower-cased unique
// emails, web links only (a `javascript:` link in a contacts file stays out).

export const text = (s: unknown): string => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '');

export const joinName = (parts: unknown[]): string => parts.map(text).filter(Boolean).join(' ');

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

/** Emails as written in a field (Google puts several in one, separated by " ::: "). */
export function emailsOf(values: unknown[]): string[] {
  const out = new Set<string>();
  for (const v of values)
    for (const part of text(v)
      .replace(/^mailto:/i, '')
      .split(/\s*(?::::|[,;\s])\s*/))
      if (EMAIL.test(part)) out.add(part.toLowerCase());
  return [...out];
}

/** Web addresses only; `www.…` without a scheme gets https. */
export function linksOf(values: unknown[]): string[] {
  const out = new Set<string>();
  for (const v of values)
    for (const part of text(v).split(/\s+:::\s+|\s+/)) {
      const url = /^www\./i.test(part) ? `https://${part}` : part;
      if (/^https?:\/\/[^\s]+$/i.test(url)) out.add(url);
    }
  return [...out];
}
