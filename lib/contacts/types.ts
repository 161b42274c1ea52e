// What every contacts file becomes before anything is stored: one row per contact, as the
// person it would be. Rows hold plain text; nothing from a file is ever rendered as HTML.

export type ContactFormat = 'vcard' | 'google' | 'outlook' | 'linkedin' | 'csv';

export interface ContactRow {
  /** Position among the file's contacts (cards or rows under the header), from 1, for messages. */
  line: number;
  name: string;
  org?: string;
  role?: string;
  emails: string[];
  links: string[];
  /** `<source>:<key>` identities (see Person.sources). */
  sources: string[];
}

/** A row or card that could not become a person, and why. */
export interface RowProblem {
  line: number;
  message: string;
}

/** Which columns of a CSV hold what; names joined from several columns (first, middle, last). */
export interface ColumnMapping {
  name: number[];
  org?: number;
  role?: number;
  emails: number[];
  links: number[];
}

export interface Parsed {
  format: ContactFormat;
  rows: ContactRow[];
  problems: RowProblem[];
  /** For a CSV: its header, so the user can change which column means what. */
  columns?: string[];
  mapping?: ColumnMapping;
}

/** The whole file was refused: not a contacts file, empty, too large. */
export interface Refused {
  refused: string;
}
