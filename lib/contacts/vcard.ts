// vCard 2.1, 3.0 and 4.0 through ical.js (its vCard support reads folded lines, escapes and
// grouped properties). Two things it does not do are done here first: quoted-printable
// values (Outlook and old phones), whose soft line breaks are not vCard folding, and
// dropping photos, which can be most of a file's size and are never kept.
import ICAL from 'ical.js';
import { emailsOf, joinName, linksOf, text } from './clean';
import type { ContactRow, RowProblem } from './types';

const DROPPED = /^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]/i;

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(value[i]));
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** One property line with ENCODING=QUOTED-PRINTABLE rewritten as plain vCard text. */
function unquote(line: string): string {
  const colon = line.indexOf(':');
  const params = line.slice(0, colon).split(';');
  const charset = params.find((p) => /^charset=/i.test(p))?.slice(8) ?? 'utf-8';
  const kept = params.filter((p) => !/^(encoding=)?quoted-printable$|^charset=/i.test(p));
  const value = decodeQuotedPrintable(line.slice(colon + 1), charset).replace(/\r?\n/g, '\\n');
  return `${kept.join(';')}:${value}`;
}

/** vCard 2.1 allows bare parameters (`EMAIL;PREF;INTERNET:`); later versions spell them `TYPE=`. */
function typedParams(line: string): string {
  const colon = line.indexOf(':');
  if (colon < 0 || !line.slice(0, colon).includes(';')) return line;
  const [name, ...params] = line.slice(0, colon).split(';');
  return `${[name, ...params.map((p) => (p.includes('=') ? p : `TYPE=${p}`))].join(';')}${line.slice(colon)}`;
}

/** Lines of one card, unfolded only where quoted-printable soft breaks join them, photos left out. */
function prepare(card: string): string {
  const lines = card.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let dropping = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (dropping && /^[ \t]/.test(line)) continue;
    dropping = DROPPED.test(line);
    if (dropping) continue;
    if (/quoted-printable/i.test(line.slice(0, line.indexOf(':')))) {
      while (line.endsWith('=') && i + 1 < lines.length) line = line.slice(0, -1) + (lines[++i] ?? '');
      line = unquote(line);
    }
    out.push(/^[ \t]/.test(line) ? line : typedParams(line));
  }
  return out.join('\r\n');
}

type Component = InstanceType<typeof ICAL.Component>;

const values = (c: Component, name: string): unknown[] => c.getAllProperties(name).flatMap((p) => p.getValues());

function rowOf(c: Component, line: number): ContactRow | RowProblem {
  const n = c.getFirstPropertyValue('n');
  const name =
    text(c.getFirstPropertyValue('fn')) ||
    (Array.isArray(n) ? joinName([n[1], n[2], n[0]]) : '') ||
    text(c.getFirstPropertyValue('nickname'));
  if (!name) return { line, message: `Contact ${line} has no name, so it is left out.` };
  const org = c.getFirstPropertyValue('org');
  const uid = text(c.getFirstPropertyValue('uid'));
  return {
    line,
    name,
    org: text(Array.isArray(org) ? org[0] : org) || undefined,
    role: text(c.getFirstPropertyValue('title')) || text(c.getFirstPropertyValue('role')) || undefined,
    emails: emailsOf(values(c, 'email')),
    links: linksOf([...values(c, 'url'), ...values(c, 'x-socialprofile')]),
    sources: uid ? [`vcard:${uid}`] : [],
  };
}

function rowsOf(components: Component[], first: number, out: { rows: ContactRow[]; problems: RowProblem[] }): void {
  components.forEach((c, i) => {
    const row = rowOf(c, first + i);
    if ('name' in row) out.rows.push(row);
    else out.problems.push(row);
  });
}

/**
 * Every card of a file. The whole file is read in one call (several times faster than card by
 * card); only when that fails is it read card by card, so one broken card is named and skipped
 * and the rest still come in.
 */
export function parseVcards(file: string): { rows: ContactRow[]; problems: RowProblem[] } {
  const out = { rows: [] as ContactRow[], problems: [] as RowProblem[] };
  const cards = file.match(/^BEGIN:VCARD\b[\s\S]*?^END:VCARD\b/gim) ?? [];
  try {
    const parsed = ICAL.parse(cards.map(prepare).join('\r\n')) as unknown[];
    const all = typeof parsed[0] === 'string' ? [parsed] : parsed;
    rowsOf(
      all.map((c) => new ICAL.Component(c as unknown[])),
      1,
      out,
    );
    return out;
  } catch {
    out.rows = [];
    out.problems = [];
  }
  cards.forEach((card, i) => {
    try {
      rowsOf([new ICAL.Component(ICAL.parse(prepare(card)) as unknown[])], i + 1, out);
    } catch {
      out.problems.push({ line: i + 1, message: `Contact ${i + 1} could not be read, so it is left out.` });
    }
  });
  return out;
}
