import { describe, expect, it } from 'vitest';
import { dexieReader } from '../reads/dexie-reader';
import { dueInsights } from '../reads/queries';
import { addInsight, getInsight } from '../repos/insights';
import { gradeInsight } from './grade';

describe('grading an insight', () => {
  it('moves its next review into the future', async () => {
    const i = await addInsight({ text: 'Say the reason first' });
    await gradeInsight(i.id, 3, new Date());
    expect(await dueInsights(dexieReader, new Date(), 5)).toEqual([]);
    expect(Date.parse((await getInsight(i.id))?.dueAt ?? '')).toBeGreaterThan(Date.now());
    await expect(gradeInsight('none', 3)).rejects.toThrow(/No insight/);
  });
});
