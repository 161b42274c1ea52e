// Contacts as CSV, through Papa Parse (quoting, line breaks inside quoted notes, and the
// delimiter: `,`, `;` from European spreadsheets, or tabs). Google, Outlook and LinkedIn
// exports are recognised by their header; any other CSV gets a guessed column mapping that
// the user can change.
import Papa from 'papaparse';
import { emailsOf, joinName, linksOf, text } from './clean';
import type { ColumnMapping, ContactFormat, ContactRow, RowProblem } from './types';

type Header = string[];

const find = (h: Header, ...names: RegExp[]): number | undefined => {
  for (const re of names) {
    const i = h.findIndex((c) => re.test(c.trim()));
    if (i >= 0) return i;
  }
  return undefined;
};
const all = (h: Header, re: RegExp): number[] => h.flatMap((c, i) => (re.test(c.trim()) ? [i] : []));
const some = (...cols: Array<number | undefined>): number[] => cols.filter((c): c is number => c !== undefined);

/** A whole-name column, else first, middle and last name columns. */
function nameColumns(h: Header): number[] {
  const whole = find(h, /^(full |display )?name$/i, /^contact name$/i);
  if (whole !== undefined) return [whole];
  return some(find(h, /^(first|given) name$/i), find(h, /^(middle|additional) name$/i), find(h, /^(last|family) name$|^surname$/i));
}

/** Each known export: how to recognise its header, and which columns mean what. */
const PROFILES: Array<{ format: Exclude<ContactFormat, 'vcard' | 'csv'>; is: (h: Header) => boolean; map: (h: Header) => ColumnMapping }> =
  [
    {
      format: 'linkedin',
      is: (h) => find(h, /^connected on$/i) !== undefined && find(h, /^url$/i) !== undefined,
      map: (h) => ({
        name: nameColumns(h),
        org: find(h, /^company$/i),
        role: find(h, /^position$/i),
        emails: some(find(h, /^email address$/i)),
        links: some(find(h, /^url$/i)),
      }),
    },
    {
      // Both Google layouts: "Organization Name" (since 2023) and "Organization 1 - Name" (before).
      format: 'google',
      is: (h) => all(h, /^e-mail \d+ - value$/i).length > 0,
      map: (h) => ({
        name: nameColumns(h),
        org: find(h, /^organization name$/i, /^organization 1 - name$/i),
        role: find(h, /^organization title$/i, /^organization 1 - title$/i),
        emails: all(h, /^e-mail \d+ - value$/i),
        links: all(h, /^website \d+ - value$/i),
      }),
    },
    {
      format: 'outlook',
      is: (h) => find(h, /^e-mail address$/i) !== undefined && find(h, /^job title$/i) !== undefined,
      map: (h) => ({
        name: nameColumns(h),
        org: find(h, /^company$/i),
        role: find(h, /^job title$/i),
        emails: all(h, /^e-mail( \d)? address$/i),
        links: all(h, /^(personal )?web page$/i),
      }),
    },
  ];

/** A first guess for any other CSV, from common column names in English. */
export function guessMapping(h: Header): ColumnMapping {
  return {
    name: nameColumns(h),
    org: find(h, /^(company|organi[sz]ation|org|employer)( name)?$/i),
    role: find(h, /^(role|title|job title|position)$/i),
    emails: all(h, /e-?mail/i),
    links: all(h, /^(url|website|web page|link|profile|linkedin)/i),
  };
}

/** Notes some exports put above the header (LinkedIn's): the header is the first row with two or more cells. */
const headerIndex = (rows: string[][]): number => rows.findIndex((r) => r.filter((c) => c.trim()).length >= 2);

export interface CsvTable {
  format: Exclude<ContactFormat, 'vcard'>;
  columns: Header;
  records: string[][];
  mapping: ColumnMapping;
}

export function readCsv(file: string): CsvTable | undefined {
  const parsed = Papa.parse<string[]>(file.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const at = headerIndex(parsed.data);
  if (at < 0) return undefined;
  const columns = (parsed.data[at] ?? []).map((c) => c.trim());
  const profile = PROFILES.find((p) => p.is(columns));
  return {
    format: profile?.format ?? 'csv',
    columns,
    records: parsed.data.slice(at + 1),
    mapping: profile ? profile.map(columns) : guessMapping(columns),
  };
}

/** The records as people, through a mapping; a record without a name is named and left out. */
export function rowsFromTable(t: CsvTable, mapping = t.mapping): { rows: ContactRow[]; problems: RowProblem[] } {
  const rows: ContactRow[] = [];
  const problems: RowProblem[] = [];
  t.records.forEach((r, i) => {
    const line = i + 1;
    const cell = (c: number | undefined) => (c === undefined ? '' : text(r[c]));
    const links = linksOf(mapping.links.map((c) => r[c]));
    const name = joinName(mapping.name.map((c) => r[c]));
    if (!name) {
      problems.push({ line, message: `Contact ${line} has no name, so it is left out.` });
      return;
    }
    rows.push({
      line,
      name,
      org: cell(mapping.org) || undefined,
      role: cell(mapping.role) || undefined,
      emails: emailsOf(mapping.emails.map((c) => r[c])),
      links,
      sources: t.format === 'linkedin' && links[0] ? [`linkedin:${links[0]}`] : [],
    });
  });
  return { rows, problems };
}
