// One answer to "who is due": the same network, fed to every place that asks, in two time zones
// on either side of the date line and at two times of day.
import { describe, expect, it } from 'vitest';
import { loadNewtab } from '../../features/newtab/load';
import { defaultTarget } from '../../features/prep/prep-read';
import { dueCount } from '../../lib/ext/badge';
import { dueInfo, isDueNow } from '../../lib/model/due';
import type { Person } from '../../lib/model/types';
import { dexieReader } from '../../lib/reads/dexie-reader';
import { addPerson, listPeople, setStatus } from '../../lib/repos/people';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** People whose ideal day falls either side of today's local midnight, one overdue, one ended. */
async function network(now: Date): Promise<Person[]> {
  const at = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const weekly = { idealDays: 7, maxDays: 10 };
  const people = await Promise.all(
    [-20, -6, -1, 1, 6, 12, 20].map((h, i) =>
      addPerson({ name: `Weekly ${i}`, direction: 'peer', cadence: weekly, lastContactAt: at(7 * DAY + h * HOUR) }, at(60 * DAY)),
    ),
  );
  people.push(await addPerson({ name: 'Long overdue', direction: 'up', lastContactAt: at(90 * DAY) }, at(120 * DAY)));
  const ended = await addPerson({ name: 'Ended', direction: 'down', lastContactAt: at(90 * DAY) }, at(120 * DAY));
  await setStatus(ended.id, 'ended');
  return people;
}

const names = (people: Array<{ name: string }>) => people.map((p) => p.name).sort();

describe.each(['Pacific/Auckland', 'America/Los_Angeles'])('who is due in %s', (timeZone) => {
  it.each(['2026-12-01T20:30:00Z', '2026-12-02T09:15:00Z'])('is the same everywhere at %s', async (iso) => {
    const now = new Date(iso);
    const people = await network(now);
    const rule = names(people.filter((p) => isDueNow(p, now, timeZone)));
    // The network straddles the line: calendar days and 24-hour blocks disagree on someone.
    const byInstant = names(people.filter((p) => Date.parse(p.lastContactAt ?? '') + (p.cadence?.idealDays ?? 28) * DAY <= now.getTime()));
    expect(rule).not.toEqual(byInstant);

    const newtab = (await loadNewtab(dexieReader, now, timeZone)).due.filter((d) => d.state === 'due' || d.state === 'overdue');
    expect(names(newtab)).toEqual(rule);
    const labels = (await listPeople({ status: 'active' })).filter((p) => ['due', 'overdue'].includes(dueInfo(p, now, timeZone).state));
    expect(names(labels)).toEqual(rule);
    expect(names(await listPeople({ status: 'active', due: { now, timeZone } }))).toEqual(rule);
    expect(await dueCount(now, timeZone)).toBe(rule.length);
    const target = await defaultTarget(dexieReader, now, timeZone);
    expect(people.find((p) => p.id === target)?.name).toBe('Long overdue');
  });
});
