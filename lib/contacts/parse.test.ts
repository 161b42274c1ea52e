import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { MAX_BYTES, parseContactsBytes, parseContactsText, sizeRefusal } from './parse';
import type { Parsed } from './types';

const DIR = join(import.meta.dirname, '../../test/fixtures/contacts');
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
function parsed(name: string): Parsed {
  const r = parseContactsBytes(bytes(name));
  if ('refused' in r) throw new Error(r.refused);
  return r;
}
const names = (p: Parsed) => p.rows.map((r) => r.name);

describe('vCard files', () => {
  it('reads an Apple Contacts export: grouped emails, folded notes, a photo skipped, a card with no name named', () => {
    const p = parsed('apple-contacts.vcf');
    expect(p.format).toBe('vcard');
    expect(names(p)).toEqual(['Adaeze Okafor', '山田 花子', 'Dr. Zoë Müller-Lüdenscheidt']);
    expect(p.rows[0]).toEqual({
      line: 1,
      name: 'Adaeze Okafor',
      org: 'Northwind Health',
      role: 'Director of Engineering',
      emails: ['adaeze.okafor@northwind.example', 'ada.okafor@mail.example'],
      links: ['https://www.linkedin.com/in/adaeze-okafor'],
      sources: ['vcard:5A3B2C1D-0E9F-4A8B-9C7D-6E5F4A3B2C1D'],
    });
    expect(p.rows[1]).toMatchObject({ org: 'Kaiyō Design', role: 'UX リサーチャー' });
    expect(p.problems).toEqual([{ line: 4, message: 'Contact 4 has no name, so it is left out.' }]);
  });

  it('reads vCard 4.0 (a data: photo, a URN uid, Cyrillic names)', () => {
    const p = parsed('google-contacts-v4.vcf');
    expect(names(p)).toEqual(['Sipho Ndlovu', 'Олена Коваленко']);
    expect(p.rows[0]).toMatchObject({ links: ['https://sipho.example'], sources: ['vcard:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1'] });
  });

  it('decodes quoted-printable vCard 2.1 from Outlook, soft line breaks and bare parameters included', () => {
    expect(parsed('outlook-v21-quoted-printable.vcf').rows).toEqual([
      {
        line: 1,
        name: 'Ingrid Björk',
        org: 'Södra Skogsägare AB',
        role: 'Head of People',
        emails: ['ingrid.bjork@sodra.example'],
        links: [],
        sources: [],
      },
    ]);
  });

  it('skips a card it cannot read and keeps the others', () => {
    const p = parseContactsText('BEGIN:VCARD\nVERSION:3.0\nFN:Ok Person\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN;=:\nbroken\nEND:VCARD\n');
    expect('rows' in p && names(p)).toEqual(['Ok Person']);
    expect('rows' in p && p.problems).toEqual([{ line: 2, message: 'Contact 2 could not be read, so it is left out.' }]);
  });
});

describe('CSV files', () => {
  it('reads Google Contacts: names from three columns, " ::: " emails, multi-line quoted notes, Chinese names', () => {
    const p = parsed('google-contacts.csv');
    expect(p.format).toBe('google');
    expect(names(p)).toEqual(['Priya Raman', 'José María García', '李 伟']);
    expect(p.rows[0]).toMatchObject({
      org: 'Lumen Analytics',
      role: 'Staff Data Scientist',
      emails: ['priya.raman@lumen.example', 'priya@home.example'],
      links: ['https://www.linkedin.com/in/priya-raman'],
    });
    expect(p.rows[1]?.org).toBe('Acme, Inc.');
    expect(p.problems).toEqual([{ line: 3, message: 'Contact 3 has no name, so it is left out.' }]);
  });

  it('reads Outlook in UTF-16, with a byte-order mark (little-endian) or without (big-endian)', () => {
    for (const file of ['outlook-contacts-utf16.csv', 'outlook-contacts-utf16be-nobom.csv']) {
      const p = parsed(file);
      expect(p.format, file).toBe('outlook');
      expect(p.rows, file).toEqual([
        {
          line: 1,
          name: 'Fatima Al-Sayed',
          org: 'Contoso',
          role: 'Principal Architect',
          emails: ['fatima.alsayed@contoso.example'],
          links: ['https://fatima.example'],
          sources: [],
        },
        {
          line: 2,
          name: 'Øyvind Hansen',
          org: 'Fabrikam',
          role: 'Team Lead',
          emails: ['oyvind@fabrikam.example', 'oyvind.hansen@fabrikam.example'],
          links: [],
          sources: [],
        },
      ]);
    }
  });

  it('reads LinkedIn’s Connections.csv past its notes, keeping the profile as link and identity', () => {
    const p = parsed('linkedin-Connections.csv');
    expect(p.format).toBe('linkedin');
    expect(names(p)).toEqual(['Marcus Lindqvist', 'Aisha Bello', 'Chen Wei', 'Nguyễn Thị Thu']);
    expect(p.rows[1]).toEqual({
      line: 2,
      name: 'Aisha Bello',
      org: 'Paystack, Lagos',
      role: 'Product Lead',
      emails: ['aisha.bello@paystack.example'],
      links: ['https://www.linkedin.com/in/aishabello'],
      sources: ['linkedin:https://www.linkedin.com/in/aishabello'],
    });
    expect(p.rows[2]?.role).toBe('Founder & CEO, "Tiny" Startup');
  });

  it('reads a `;`-separated spreadsheet export in UTF-8 or Windows-1252, and lets the user map its columns', () => {
    for (const file of ['european-semicolon.csv', 'european-semicolon-cp1252.csv']) {
      const p = parsed(file);
      expect(p.format).toBe('csv');
      expect(p.columns).toEqual(['Name', 'Firma', 'E-Mail', 'Position', 'Notiz']);
      expect(p.rows[0]).toMatchObject({ name: 'Jürgen Weiß', role: 'Teamleiter', emails: ['juergen.weiss@bosch.example'] });
      expect(p.rows[0]?.org).toBeUndefined();
    }
    const mapped = parseContactsBytes(bytes('european-semicolon.csv'), { name: [0], org: 1, role: 3, emails: [2], links: [] });
    expect('rows' in mapped && mapped.rows[1]).toMatchObject({ name: 'Élodie Martin', org: 'Société Exemple', role: 'Cheffe de projet' });
  });

  it('keeps markup as plain text and drops addresses that are not email or web', () => {
    const p = parsed('hostile.csv');
    expect(p.rows[0]).toMatchObject({
      name: '<img src=x onerror=alert(1)>Eve',
      org: "<script>alert('org')</script>",
      emails: ['eve@evil.example'],
    });
    expect(p.rows[1]).toMatchObject({ name: 'javascript:alert(1)', emails: [], links: [] });
  });
});

describe('files that are not contacts', () => {
  const refused = (text: string) => {
    const r = parseContactsText(text);
    return 'refused' in r ? r.refused : undefined;
  };

  it('says why, in words', () => {
    expect(refused('')).toBe('This file is empty.');
    expect(refused(readFileSync(join(DIR, 'not-contacts.txt'), 'utf8'))).toMatch(/no table with a header row/);
    expect(refused('BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR')).toMatch(/calendar file/);
    expect(refused('<!DOCTYPE html><html><body>hi</body></html>')).toMatch(/web page/);
    expect(refused('{"format":"teachback-backup"}')).toMatch(/JSON.*Your data/);
    expect(refused('Name,Email\n')).toMatch(/no contacts under it/);
    expect(parseContactsBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0, 0, 0, 4, 5]))).toMatchObject({
      refused: expect.stringMatching(/binary/),
    });
  });

  it('refuses a file over the limit before reading it', () => {
    expect(sizeRefusal(MAX_BYTES + 1)?.refused).toMatch(/over 25 MB/);
    expect(sizeRefusal(10 * 1024 * 1024)).toBeUndefined();
    expect(sizeRefusal(0)?.refused).toBe('This file is empty.');
  });

  it('reads a 10 MB contacts file (150,000 rows) instead of refusing it', () => {
    const row = 'Ada Lovelace,Analytical Engines Ltd,ada@example.org,Mathematician\n';
    const text = `Name,Company,Email,Title\n${row.repeat(Math.ceil((10 * 1024 * 1024) / row.length))}`;
    // How fast is for `npm run bench:contacts`: a time limit here would fail on a slower machine.
    const r = parseContactsBytes(new TextEncoder().encode(text));
    expect('rows' in r && r.rows.length).toBeGreaterThan(150_000);
  });
});

describe('decoding', () => {
  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
  });
});
