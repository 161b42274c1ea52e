import { expect, it } from 'vitest';
import { db } from '../db/db';
import { addPerson } from '../repos/people';
import { outboxCount, readStatus, waitingCount, writeStatus } from './status';

it('counts as waiting what a failed round took from the outbox, until a round succeeds', async () => {
  await addPerson({ name: 'Ada', direction: 'up' });
  const queued = await outboxCount();
  expect(queued).toBeGreaterThan(0);
  expect(await waitingCount()).toBe(queued);
  // A round moved them into the replica, then the server refused the push.
  await db.outbox.clear();
  await writeStatus({ ...(await readStatus()), unsent: queued, lastError: 'full' });
  expect(await outboxCount()).toBe(0);
  expect(await waitingCount()).toBe(queued);
  await writeStatus({ lastSyncedAt: '2026-12-01T00:00:00Z' });
  expect(await waitingCount()).toBe(0);
});
