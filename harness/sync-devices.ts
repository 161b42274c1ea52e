// Browser profiles that sync through the test server: setting sync up as a user does, and
// reading what a profile's database holds. Shared by the sync tests and `npm run bench:sync`.
import type { Page } from '@playwright/test';
import type { Launched } from './chromium.ts';

/** The tables of the user's records (lib/db/tables.ts, role "user"), settings aside: only some of them sync. */
export const RECORD_TABLES = [
  'people',
  'goals',
  'meetings',
  'actions',
  'reflections',
  'insights',
  'resources',
  'collections',
  'assessments',
  'prompts',
  'lessonProgress',
] as const;

export async function turnOnSync(page: Page, ext: Launched, serverUrl: string, database: string, passphrase: string): Promise<void> {
  await page.goto(ext.url('options', '#/settings/sync'));
  await page.getByLabel('Server address').fill(serverUrl);
  await page.getByLabel('Database').fill(database);
  await page.getByLabel('CouchDB user name').fill('ada');
  await page.getByLabel('CouchDB password').fill('not checked by the test server');
  await page.getByLabel('Encryption passphrase').fill(passphrase);
  await page.getByLabel('The passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Turn on sync' }).click();
}

/** Every row of `tables` in the profile's database (read in `page`, an extension page), each table sorted by key. */
export function readTables(page: Page, tables: readonly string[] = RECORD_TABLES): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    (names) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('teachback');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              out[name] = all.result;
            };
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...tables],
  );
}

/** How many rows each of `tables` holds. */
export function countTables(page: Page, tables: readonly string[] = RECORD_TABLES): Promise<Record<string, number>> {
  return page.evaluate(
    (names) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('teachback');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(names, 'readonly');
          const out: Record<string, number> = {};
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => {
              out[name] = count.result;
            };
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...tables],
  );
}

/** Resolves once the profile holds `expected` rows in every table, polling its counts; fails after `timeout` ms. */
export async function holdsCounts(page: Page, expected: Record<string, number>, timeout: number): Promise<void> {
  const want = JSON.stringify(expected);
  let last = '';
  for (const until = Date.now() + timeout; Date.now() < until; ) {
    last = JSON.stringify(await countTables(page, Object.keys(expected)));
    if (last === want) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`after ${timeout} ms the profile holds ${last}, not ${want}`);
}
