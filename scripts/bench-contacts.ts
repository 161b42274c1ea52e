// `npm run bench:contacts`: a 5,000-contact vCard file and a 5,000-row LinkedIn export, each
// through the dashboard's import: from choosing the file to the preview shown, and from
// "Add" to done (the snapshot included), with the longest main-thread task on the way.
// The network starts with the 40-person demo. Budget (issue #15): preview ≤ 2 s, apply ≤ 5 s.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importThroughDashboard, launchWithExtension } from '../harness/chromium.ts';
import { demoFile } from '../harness/demo-file.ts';
import { longestTask, watchLongTasks } from './bench-lib.ts';

const COUNT = Number(process.env.BENCH_CONTACTS ?? 5_000);
const FIRST = ['Ana', 'Björn', 'Chiara', 'Dmitri', 'Émile', 'Farah', 'Gustavo', 'Hana', 'Ifeoma', 'Jonas', 'Kenji', 'Lucía'];
const LAST = ['Silva', 'Nyström', 'Rossi', 'Ivanov', 'Lefèvre', 'Haddad', 'Pereira', 'Sato', 'Okeke', 'Berg', 'Tanaka', 'Gómez'];
const nameOf = (i: number) => [FIRST[i % FIRST.length], `${LAST[Math.floor(i / FIRST.length) % LAST.length]}-${i}`] as const;

function files(dir: string): { vcf: string; csv: string } {
  const cards: string[] = [];
  const rows = [
    'Notes:',
    '"Some email addresses may be missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < COUNT; i++) {
    const [first, last] = nameOf(i);
    cards.push(
      `BEGIN:VCARD\r\nVERSION:3.0\r\nN:${last};${first};;;\r\nFN:${first} ${last}\r\nORG:Company ${i % 300}\r\nTITLE:Engineer\r\n` +
        `EMAIL;type=INTERNET;type=WORK:${first}.${last}@example.org\r\nNOTE:Met at a meetup\\, talked about\r\n  mentoring.\r\nUID:bench-${i}\r\nEND:VCARD\r\n`,
    );
    rows.push(`${first},${last}-li,https://www.linkedin.com/in/bench-${i},,"Company ${i % 300}, Inc.",Designer,01 Jan 2025`);
  }
  const vcf = join(dir, 'contacts.vcf');
  const csv = join(dir, 'Connections.csv');
  writeFileSync(vcf, cards.join(''));
  writeFileSync(csv, rows.join('\r\n'));
  return { vcf, csv };
}

const ext = await launchWithExtension();
const page = await ext.context.newPage();
await importThroughDashboard(page, ext.url('options', '#/data'), demoFile());
await watchLongTasks(page);
const { vcf, csv } = files(mkdtempSync(join(tmpdir(), 'teachback-contacts-')));
const report: string[] = [];
for (const [label, file] of [
  ['vCard', vcf],
  ['LinkedIn CSV', csv],
] as const) {
  await page.goto('about:blank');
  await page.goto(ext.url('options', '#/people/import'));
  await page.getByTestId('contacts-file').waitFor({ state: 'attached' });
  let t = performance.now();
  await page.getByTestId('contacts-file').setInputFiles(file);
  await page.getByTestId('contacts-preview').getByRole('rowheader').first().waitFor();
  const preview = performance.now() - t;
  t = performance.now();
  await page.getByTestId('contacts-apply').click();
  await page.getByTestId('contacts-outcome').getByText(/Added/).waitFor({ timeout: 120_000 });
  const apply = performance.now() - t;
  const longest = await longestTask(page);
  report.push(
    `  ${label.padEnd(14)} preview ${(preview / 1000).toFixed(2)} s · apply ${(apply / 1000).toFixed(2)} s · longest task ${longest.toFixed(0)} ms`,
  );
}
await ext.context.close();
console.log(`Contacts import, ${COUNT.toLocaleString('en')} contacts into the 40-person demo (budget: preview ≤ 2 s, apply ≤ 5 s):`);
for (const line of report) console.log(line);
