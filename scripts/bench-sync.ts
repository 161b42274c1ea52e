// `npm run bench:sync`: sync through the test server (harness/couch-server.ts) between two
// Chromium profiles with the built extension.
// (a) A fresh profile's first sync of the demo network at 10,000 people / 100,000 meetings: the
//     file imported on profile A and synced up, then profile B set up with the same server and
//     passphrase, timed until B holds every record. Reported as a ratio to importing the same
//     file into a fresh profile (A's import, in the same run). Target ≤ 2×.
// (b) One edit's propagation between two open pages: a name saved on A's person page, until B's
//     page for that person shows it. Median of 20. Target ≤ 2 s.
// A step that fails is reported in the table; the run always goes to the end.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildWithGrantedOrigins, importThroughDashboard, type Launched, launchWithExtension } from '../harness/chromium.ts';
import { type CouchServer, startCouchServer } from '../harness/couch-server.ts';
import { demoFile } from '../harness/demo-file.ts';
import { countTables, holdsCounts, turnOnSync } from '../harness/sync-devices.ts';
import { median, quartiles } from './bench-lib.ts';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? PEOPLE * 10);
const EDITS = Number(process.env.BENCH_EDITS ?? 20);
const FIRST_SYNC_TIMEOUT = Number(process.env.BENCH_TIMEOUT_MIN ?? 30) * 60_000;
const PASSPHRASE = 'a passphrase for the benchmark';
const DATABASE = 'bench';

const table: Array<[string, string]> = [];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one step; a failure is a row of the table, and the step's value is then undefined. */
async function step<T>(label: string, body: () => Promise<T>): Promise<T | undefined> {
  try {
    return await body();
  } catch (e) {
    table.push([label, `failed: ${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)}`]);
    return undefined;
  }
}

async function timed(body: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await body();
  return performance.now() - t;
}

async function device(dir: string): Promise<{ ext: Launched; page: Page }> {
  const ext = await launchWithExtension({ extensionDir: dir });
  return { ext, page: await ext.context.newPage() };
}

/** Resolves once this profile's sync page says a round finished with nothing left to send. */
async function roundFinished(page: Page, ext: Launched): Promise<void> {
  // Left where it is when it is there: a reload could cut short the setup the page is still doing.
  if (!page.url().endsWith('#/settings/sync')) await page.goto(ext.url('options', '#/settings/sync'));
  await page
    .getByTestId('sync-status')
    .filter({ hasText: 'Changes waitingNone' })
    .filter({ hasNotText: 'Not yet' })
    .waitFor({ timeout: FIRST_SYNC_TIMEOUT });
}

/** How many documents the profile's encrypted replica holds (PouchDB's IndexedDB adapter). */
function replicaCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const name = '_pouch_teachback-replica';
    // Opened only once PouchDB made it: opening it first would make an empty one in its way.
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = await new Promise<number>((resolve) => {
      if (!db.objectStoreNames.contains('docs')) return resolve(0);
      const req = db.transaction('docs').objectStore('docs').count();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(-1);
    });
    db.close();
    return count;
  });
}

/**
 * Logs, every few seconds while `body` runs, how far the profile is: documents in its replica
 * (replication) and records in its database (decrypted and applied), so a slow step shows.
 */
async function withProgress<T>(page: Page, body: () => Promise<T>): Promise<T> {
  const t = performance.now();
  let done = false;
  const watch = (async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, 5_000));
      if (done) break;
      const counts = await countTables(page, ['people', 'meetings']).catch(() => ({}));
      const replica = await replicaCount(page).catch(() => -1);
      console.error(`  ${seconds(performance.now() - t)}: replica ${replica} docs, database ${JSON.stringify(counts)}`);
    }
  })();
  try {
    return await body();
  } finally {
    done = true;
    await watch;
  }
}

/** Names a person on A's page and times until B's page for that person shows the new name. */
async function propagation(a: { ext: Launched; page: Page }, b: { ext: Launched; page: Page }, id: string, i: number): Promise<number> {
  const name = `Edited on A, round ${i}`;
  await a.page.goto(a.ext.url('options', `#/people/${id}`));
  await a.page.getByRole('textbox', { name: 'Name' }).fill(name);
  return timed(async () => {
    await a.page.getByRole('button', { name: 'Save changes' }).click();
    await b.page.locator('#edit-title', { hasText: name }).waitFor({ timeout: 30_000 });
  });
}

const file = demoFile(PEOPLE, MEETINGS);
const firstPerson = (JSON.parse(readFileSync(file, 'utf8')) as { data: { people: Array<{ id: string }> } }).data.people[0]?.id ?? '';
let server: CouchServer | undefined;
const open: Launched[] = [];
try {
  server = await startCouchServer();
  const url = server.url;
  const dir = buildWithGrantedOrigins(['http://127.0.0.1/*']);
  const a = await device(dir);
  open.push(a.ext);
  const imported = await step('import (baseline)', () => timed(() => importThroughDashboard(a.page, a.ext.url('options', '#/data'), file)));
  const expected = imported === undefined ? undefined : await countTables(a.page);
  if (imported !== undefined) table.push(['import (baseline)', seconds(imported)]);
  const sent = await step('A: set up and send', () =>
    timed(() => turnOnSync(a.page, a.ext, url, DATABASE, PASSPHRASE).then(() => withProgress(a.page, () => roundFinished(a.page, a.ext)))),
  );
  if (sent !== undefined) table.push(['A: set up and send', seconds(sent)]);

  const b = await device(dir);
  open.push(b.ext);
  const first =
    expected && sent !== undefined
      ? await step('B: first sync', () =>
          timed(() =>
            turnOnSync(b.page, b.ext, url, DATABASE, PASSPHRASE).then(() =>
              // Timed to the end of B's first round, and then checked: counting every table over and over
              // while it runs would load the same database the round writes to.
              withProgress(b.page, () => roundFinished(b.page, b.ext)).then(() => holdsCounts(b.page, expected, 10_000)),
            ),
          ),
        )
      : undefined;
  if (first !== undefined && imported)
    table.push(['B: first sync', `${seconds(first)} = ${(first / imported).toFixed(2)}× the import (target ≤ 2×)`]);

  if (first !== undefined) {
    await b.page.goto(b.ext.url('options', `#/people/${firstPerson}`));
    const times: number[] = [];
    let failures = 0;
    for (let i = 0; i < EDITS && failures < 3; i++) {
      const t = await step(`edit ${i + 1}`, () => propagation(a, b, firstPerson, i));
      if (t === undefined) failures++;
      else times.push(t);
    }
    if (times.length) {
      const q = quartiles(times);
      table.push([
        `one edit, A → B (${times.length} of ${EDITS})`,
        `median ${seconds(median(times))} (middle half ${seconds(q.q1)}–${seconds(q.q3)}; target ≤ 2 s)`,
      ]);
    }
  }
} catch (e) {
  table.push(['setup', `failed: ${e instanceof Error ? e.message : String(e)}`]);
} finally {
  for (const ext of open) await ext.context.close().catch(() => undefined);
  await server?.stop();
}
console.log(`Sync, ${PEOPLE.toLocaleString('en')} people / ${MEETINGS.toLocaleString('en')} meetings, through the test server:`);
for (const [label, value] of table) console.log(`  ${label.padEnd(34)} ${value}`);
