import { expect, it } from 'vitest';
import { exactDate } from '../format/relative';
import { addInsight, deleteInsight } from '../repos/insights';
import { addMeeting } from '../repos/meetings';
import { addPerson } from '../repos/people';
import { listRevived } from './conflicts';
import { writeStatus } from './status';

it('names each record that came back after a delete, with where the dashboard shows it, and leaves out one deleted again', async () => {
  const wen = await addPerson({ name: 'Wen Zhang', direction: 'up' });
  const talk = await addMeeting({ personId: wen.id, at: '2026-11-30T10:00:00Z' });
  const kept = await addInsight({ text: 'Ask what they would try first' });
  const gone = await addInsight({ text: 'Deleted again since' });
  await deleteInsight(gone.id);
  await writeStatus({ revived: [`insights:${kept.id}`, `meetings:${talk.id}`, `insights:${gone.id}`, `people:${wen.id}`] });
  expect(await listRevived()).toEqual([
    { ref: `insights:${kept.id}`, kind: 'Insight', label: 'Ask what they would try first', href: '#/insights' },
    { ref: `meetings:${talk.id}`, kind: 'Meeting', label: `Wen Zhang, ${exactDate('2026-11-30T10:00:00Z')}`, href: `#/people/${wen.id}` },
    { ref: `people:${wen.id}`, kind: 'Person', label: 'Wen Zhang', href: `#/people/${wen.id}` },
  ]);
});
