import { describe, expect, it } from 'vitest';
import { recentResources } from '../repos/resources';
import { savePage } from './save-page';

describe('save page', () => {
  it('saves web pages with their title, and nothing else', async () => {
    expect(await savePage({ title: 'Peer mentoring', url: 'https://example.org/peer' })).toBeTypeOf('string');
    expect(await savePage({ title: 'Settings', url: 'chrome://settings' })).toBeUndefined();
    expect(await savePage({ url: 'https://example.org/untitled' })).toBeTypeOf('string');
    expect((await recentResources(5)).map((r) => r.title).sort()).toEqual(['Peer mentoring', 'https://example.org/untitled']);
  });
});
