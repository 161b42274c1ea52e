// One entry for every contacts file: the bytes in, rows out (or one clear reason the whole
// file was refused). Nothing is stored here.

import { readCsv, rowsFromTable } from './csv';
import { decodeText, looksBinary } from './decode';
import type { ColumnMapping, Parsed, Refused } from './types';
import { parseVcards } from './vcard';

/** Far above any address book once photos are left out, low enough to stay quick. */
export const MAX_BYTES = 25 * 1024 * 1024;

const HOW = 'Export your contacts as a vCard (.vcf) or CSV file and choose that.';

function refusal(text: string): string | undefined {
  if (!text.trim()) return 'This file is empty.';
  if (looksBinary(text)) return `This is not a contacts file: it holds binary data (an image, a zip or a spreadsheet, perhaps). ${HOW}`;
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('begin:vcalendar')) return 'This is a calendar file, not a contacts file. Choose a vCard (.vcf) or CSV file.';
  if (/^(<!doctype|<html|<\?xml|<)/.test(head)) return `This is a web page or XML document, not a contacts file. ${HOW}`;
  if (/^[[{]/.test(head)) return `This is a JSON document, not a contacts file. (A Teachback backup is restored under “Your data”.) ${HOW}`;
  return undefined;
}

export function parseContactsText(text: string, mapping?: ColumnMapping): Parsed | Refused {
  const refused = refusal(text);
  if (refused) return { refused };
  if (/^BEGIN:VCARD\b/im.test(text)) {
    const { rows, problems } = parseVcards(text);
    return rows.length || problems.length
      ? { format: 'vcard', rows, problems }
      : { refused: `No contact in this file could be read. ${HOW}` };
  }
  const table = readCsv(text);
  if (!table) return { refused: `This is not a contacts file: no table with a header row was found. ${HOW}` };
  if (!table.records.length) return { refused: 'This file has a header row but no contacts under it.' };
  const used = mapping ?? table.mapping;
  return { format: table.format, columns: table.columns, mapping: used, ...rowsFromTable(table, used) };
}

/** Said before a file is read at all. */
export function sizeRefusal(size: number): Refused | undefined {
  if (size === 0) return { refused: 'This file is empty.' };
  if (size > MAX_BYTES)
    return {
      refused: `This file is ${Math.round(size / 1048576)} MB; a contacts file over ${MAX_BYTES / 1048576} MB is not read. Export it without photos, or in parts.`,
    };
  return undefined;
}

export function parseContactsBytes(bytes: Uint8Array, mapping?: ColumnMapping): Parsed | Refused {
  return sizeRefusal(bytes.length) ?? parseContactsText(decodeText(bytes), mapping);
}
