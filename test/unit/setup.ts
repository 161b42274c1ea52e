import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { db } from '../../lib/db/db';

// Every test starts from an empty database. Emptying its stores costs far less than deleting it
// and opening it again, which runs every version's upgrade. They are emptied beneath Dexie, whose
// change tracking would record each clear in the sync outbox.
beforeEach(async () => {
  await db.open();
  const idb = db.backendDB();
  const tx = idb.transaction([...idb.objectStoreNames], 'readwrite');
  for (const name of idb.objectStoreNames) tx.objectStore(name).clear();
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  });
});

// Closed after each test (and opened again, at the same version, before the next): work a test
// left running, such as one that timed out, then fails instead of writing into the next test's data.
afterEach(() => {
  db.close();
});
