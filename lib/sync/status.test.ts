import { expect, it } from 'vitest';
import { db } from '../db/db';
import { addPerson } from '../repos/people';
import { dismissRevived, outboxCount, readStatus, waitingCount, withRevived, writeStatus } from './status';

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

it('keeps the records that came back over the rounds, each once and the newest first, until the user has seen them', async () => {
  const once = withRevived(undefined, ['people:a']);
  const twice = withRevived(once, ['insights:b', 'people:a']);
  expect(twice).toEqual(['insights:b', 'people:a']);
  // A round that brought nothing back leaves the list as it was.
  expect(withRevived(twice, [])).toEqual(twice);
  await writeStatus({ lastSyncedAt: '2026-12-01T00:00:00Z', refused: 1, revived: twice });
  await dismissRevived();
  expect(await readStatus()).toEqual({ lastSyncedAt: '2026-12-01T00:00:00Z', refused: 1 });
});
