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

/** Each of `tables`, in one read-only transaction of the profile's database, as `what` gives it. */
function eachTable<T>(page: Page, tables: readonly string[], what: 'getAll' | 'count'): Promise<Record<string, T>> {
  return page.evaluate(
    ([names, op]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('teachback');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(names, 'readonly');
          const out: Record<string, unknown> = {};
          for (const name of names) {
            const store = tx.objectStore(name);
            const req = op === 'count' ? store.count() : store.getAll();
            req.onsuccess = () => {
              out[name] = req.result;
            };
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(out as Record<string, T>);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [[...tables], what] as const,
  );
}

/** Every row of `tables` in the profile's database (read in `page`, an extension page), each table sorted by key. */
export const readTables = (page: Page, tables: readonly string[] = RECORD_TABLES): Promise<Record<string, unknown[]>> =>
  eachTable<unknown[]>(page, tables, 'getAll');

/** How many rows each of `tables` holds. */
export const countTables = (page: Page, tables: readonly string[] = RECORD_TABLES): Promise<Record<string, number>> =>
  eachTable<number>(page, tables, 'count');

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
