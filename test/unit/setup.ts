import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { db } from '../../lib/db/db';

// Every test starts from an empty database.
beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  db.close();
});
