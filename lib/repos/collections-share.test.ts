import { describe, expect, it } from 'vitest';
import { db } from '../db/db';
import type { SharedCollection } from '../share/collection-link';
import { createCollection, importSharedCollection, listCollections, toShared } from './collections';
import { addResource } from './resources';

describe('collections and links', () => {
  it('creates a collection of lessons and saved pages, reusing a lesson’s resource', async () => {
    const page = await addResource({ kind: 'page', title: 'Peer mentoring', url: 'https://example.org/p' });
    const c = await createCollection({
      title: 'For new leads',
      note: 'Start here',
      lessons: [{ lessonId: 'the-80-20-split', title: 'The split' }],
      resourceIds: [page.id],
    });
    await createCollection({ title: 'Again', lessons: [{ lessonId: 'the-80-20-split', title: 'The split' }], resourceIds: [] });
    expect(await db.resources.where('lessonId').equals('the-80-20-split').count()).toBe(1);
    expect(await toShared(c)).toEqual({
      title: 'For new leads',
      note: 'Start here',
      items: [
        { kind: 'lesson', lessonId: 'the-80-20-split', title: 'The split' },
        { kind: 'page', title: 'Peer mentoring', url: 'https://example.org/p' },
      ],
    });
  });

  it('imports a shared collection with the same items', async () => {
    const shared: SharedCollection = {
      title: 'From Ana',
      items: [
        { kind: 'page', title: 'A <b>page</b>', url: 'javascript:alert(1)', note: 'n' },
        { kind: 'lesson', lessonId: 'ending-well', title: 'Ending well' },
      ],
    };
    const c = await importSharedCollection(shared);
    expect((await listCollections()).map((x) => x.title)).toEqual(['From Ana']);
    expect(await toShared(c)).toEqual(shared);
  });
});
