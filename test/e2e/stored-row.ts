import type { Page } from '@playwright/test';

/**
 * A row as the extension's database holds it, read from IndexedDB in `page` (an extension page).
 * Tests that reload right after a change wait for it here first: a reload within milliseconds
 * of a click can land before the write does.
 */
export function storedRow(page: Page, table: string, key: string): Promise<unknown> {
  return page.evaluate(
    ([t, k]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('teachback');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result
            .transaction(t as string, 'readonly')
            .objectStore(t as string)
            .get(k as string);
          get.onsuccess = () => {
            resolve(get.result);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [table, key],
  );
}

/** A setting's stored value: tests wait for it before a step that reads it (another tab, a reload). */
export async function storedSetting(page: Page, key: string): Promise<unknown> {
  return ((await storedRow(page, 'settings', key)) as { value?: unknown } | undefined)?.value;
}

/** Writes a row straight into the extension's database, beneath Dexie: pages opened after it read it. */
export function putStoredRow(page: Page, table: string, row: unknown): Promise<void> {
  return page.evaluate(
    ([t, r]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('teachback');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(t as string, 'readwrite');
          tx.objectStore(t as string).put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [table, row] as const,
  );
}
