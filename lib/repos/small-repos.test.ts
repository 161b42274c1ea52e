import { describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { dexieReader } from '../reads/dexie-reader';
import * as reads from '../reads/queries';
import { SETTINGS } from '../settings/registry';
import { addAssessment, assessmentHistory } from './assessments';
import { addCollection, listCollections, updateCollection } from './collections';
import { countAll, deleteEverything } from './everything';
import { addInsight, scheduleInsight } from './insights';
import { addPerson } from './people';
import { addPrompt, deletePrompt, ownPromptTexts } from './prompts';
import { addReflection, recentReflections, reflectionsForPerson } from './reflections';
import { addResource, linkResource, recentResources, resourcesFor } from './resources';
import { getSetting, setSetting } from './settings';

const dueInsights = (now: Date, limit: number) => reads.dueInsights(dexieReader, now, limit);
const listPrompts = () => reads.listPrompts(dexieReader);

const t = (n: number) => new Date(Date.UTC(2026, 5, n)).toISOString();

describe('reflections', () => {
  it('keeps answers newest first, per person too', async () => {
    await addReflection({ text: 'one', promptId: 'p-learning-01' }, t(1));
    await addReflection({ text: 'two', personId: 'x' }, t(2));
    await addReflection({ text: 'three', personId: 'x' }, t(3));
    expect((await recentReflections(2)).map((r) => r.text)).toEqual(['three', 'two']);
    expect((await reflectionsForPerson('x')).map((r) => r.text)).toEqual(['three', 'two']);
  });
});

describe('insights', () => {
  it('are due at once, then when the scheduler says', async () => {
    const i = await addInsight({ text: 'Say the reason first' }, t(1));
    expect(await dueInsights(new Date(t(1)), 5)).toHaveLength(1);
    await scheduleInsight(i.id, t(10), { stability: 3 });
    expect(await dueInsights(new Date(t(9)), 5)).toEqual([]);
    expect((await dueInsights(new Date(t(10)), 5))[0]?.srs).toEqual({ stability: 3 });
    await expect(scheduleInsight('none', t(1), {})).rejects.toThrow(/No insight/);
  });
});

describe('resources and collections', () => {
  it('saves pages, links them, and finds them by person or goal', async () => {
    const r = await addResource({ kind: 'page', title: 'Peer mentoring', url: 'https://example.org/peer' }, t(1));
    await addResource({ kind: 'lesson', title: 'The 80/20 split', lessonId: 'the-80-20-split' }, t(2));
    await linkResource(r.id, { personIds: ['p1'], goalIds: ['g1'] });
    expect((await resourcesFor({ personId: 'p1' })).map((x) => x.id)).toEqual([r.id]);
    expect((await resourcesFor({ goalId: 'g1' })).map((x) => x.id)).toEqual([r.id]);
    expect(await resourcesFor({})).toEqual([]);
    expect((await recentResources(1))[0]?.title).toBe('The 80/20 split');
    await expect(linkResource('none', {})).rejects.toThrow(/No resource/);
  });

  it('keeps collections, most recently changed first', async () => {
    const a = await addCollection({ title: 'A' }, t(1));
    await addCollection({ title: 'B' }, t(2));
    await updateCollection(a.id, { note: 'for new leads' }, t(3));
    const list = await listCollections();
    expect(list.map((c) => c.title)).toEqual(['A', 'B']);
    expect(list[0]).toMatchObject({ note: 'for new leads', resourceIds: [] });
    await expect(updateCollection('none', {})).rejects.toThrow(/No collection/);
  });
});

describe('assessments, prompts and settings', () => {
  it('keeps assessment history per kind, newest first', async () => {
    await addAssessment({ kind: 'mentor', score: 40 }, t(1));
    await addAssessment({ kind: 'mentor', score: 70 }, t(5));
    await addAssessment({ kind: 'mentee', score: 90 }, t(3));
    expect((await assessmentHistory('mentor')).map((a) => a.score)).toEqual([70, 40]);
  });

  it('adds, lists and deletes the user’s own prompts', async () => {
    const p = await addPrompt({ text: 'Who surprised me?' }, t(1));
    await addPrompt({ text: 'What did I avoid?' }, t(2));
    await deletePrompt(p.id);
    expect((await listPrompts()).map((x) => x.text)).toEqual(['What did I avoid?']);
  });

  it('names the user’s own prompts among prompts set aside', async () => {
    const mine = await addPrompt({ text: 'Who did I help unasked?' }, t(1));
    const gone = await addPrompt({ text: 'Deleted later' }, t(2));
    await deletePrompt(gone.id);
    expect(await ownPromptTexts([mine.id, gone.id, 'bank-prompt'])).toEqual(new Map([[mine.id, 'Who did I help unasked?']]));
  });

  it('reads a setting as its definition says: the fallback when absent or unusable', async () => {
    expect(await getSetting(SETTINGS.theme)).toBe('system');
    await setSetting(SETTINGS.theme, 'dark');
    expect(await getSetting(SETTINGS.theme)).toBe('dark');
    // A backup or another device may hold anything.
    await db.settings.put({ key: SETTINGS.theme.key, value: 'purple' });
    expect(await getSetting(SETTINGS.theme)).toBe('system');
  });
});

describe('everything', () => {
  it('counts and deletes every table at once', async () => {
    await addPerson({ name: 'A', direction: 'up' });
    await setSetting(SETTINGS.notifyBefore, 15);
    expect(await countAll()).toMatchObject({ people: 1, settings: 1, meetings: 0 });
    await deleteEverything();
    expect(Object.values(await countAll()).every((n) => n === 0)).toBe(true);
  });

  it('keeps the sync setup and what it sent while sync is set up, and the deletes to send', async () => {
    await addPerson({ name: 'A', direction: 'up' });
    await db.syncState.put({ key: 'setup', value: { enabled: true } });
    await db.syncVersions.put({ ref: 'people:x', docId: 'd1', version: {} } as never);
    await deleteEverything();
    expect(await countAll()).toMatchObject({ people: 0 });
    expect(await db.syncState.get('setup')).toEqual({ key: 'setup', value: { enabled: true } });
    expect(await db.syncVersions.count()).toBe(1);
    expect((await db.outbox.toArray()).some((e) => e.table === 'people' && e.op === 'delete')).toBe(true);
  });

  it('takes sync’s leftovers with it when sync is not set up', async () => {
    await db.syncState.put({ key: 'status', value: { lastSyncedAt: '2026-01-01T00:00:00Z' } });
    await deleteEverything();
    expect(await db.syncState.count()).toBe(0);
  });
});

describe('people counts in a live query', () => {
  it('are readable before any are stored, without writing', async () => {
    const { liveQuery } = await import('dexie');
    const { peopleCounts } = await import('./stats');
    const value = await new Promise((resolve, reject) => {
      const sub = liveQuery(peopleCounts).subscribe({
        next: (v) => {
          sub.unsubscribe();
          resolve(v);
        },
        error: reject,
      });
    });
    expect(value).toMatchObject({ total: 0, active: { up: 0, peer: 0, down: 0, outside: 0 } });
  });
});

describe('saved pages', () => {
  it('are read, edited and removed', async () => {
    const { addResource: add, getResource, updateResource, deleteResource } = await import('./resources');
    const r = await add({ kind: 'page', title: 'A', url: 'https://example.org' });
    await updateResource(r.id, { note: 'for Sam', personIds: ['p1'] });
    expect(await getResource(r.id)).toMatchObject({ note: 'for Sam', personIds: ['p1'] });
    await deleteResource(r.id);
    expect(await getResource(r.id)).toBeUndefined();
    await expect(updateResource(r.id, { note: 'x' })).rejects.toThrow(/No resource/);
  });
});

describe('insight editing', () => {
  it('lists by next review, edits, finds by person, deletes', async () => {
    const { addInsight: add, listInsights, updateInsightText, deleteInsight, insightsAbout } = await import('./insights');
    const a = await add({ text: 'first', personId: 'p1' }, '2026-01-02T00:00:00.000Z');
    await add({ text: 'second' }, '2026-01-01T00:00:00.000Z');
    expect((await listInsights(10)).map((i) => i.text)).toEqual(['second', 'first']);
    await updateInsightText(a.id, 'First, better');
    expect((await insightsAbout('p1')).map((i) => i.text)).toEqual(['First, better']);
    await deleteInsight(a.id);
    expect(await listInsights(10)).toHaveLength(1);
    await expect(updateInsightText(a.id, 'x')).rejects.toThrow(/No insight/);
  });
});
