import { describe, expect, it } from 'vitest';
import { collectionUrl, decodeCollection, encodeCollection, MAX_FRAGMENT, type SharedCollection, safeHref } from './collection-link';

const sample: SharedCollection = {
  title: 'Starting out as a mentor',
  note: 'What helped me — <b>really</b>.',
  items: [
    { kind: 'lesson', lessonId: 'the-80-20-split', title: 'The 80/20 split' },
    { kind: 'page', title: 'Peer mentoring', url: 'https://en.wikipedia.org/wiki/Peer_mentoring', note: 'Good overview' },
  ],
};

async function deflate(text: string): Promise<string> {
  const bytes = new Uint8Array(
    await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
  );
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

describe('collection links', () => {
  it('round-trip a collection, from a fragment or a whole URL', async () => {
    const fragment = await encodeCollection(sample);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeCollection(fragment)).toEqual({ ok: true, collection: sample });
    expect(await decodeCollection(collectionUrl('https://site.example/teachback', fragment))).toEqual({ ok: true, collection: sample });
    expect(collectionUrl('https://site.example/x/', 'v1.a')).toBe('https://site.example/x/collection.html#v1.a');
  });

  it('explain each kind of bad link', async () => {
    const good = await encodeCollection(sample);
    const message = async (s: string) => {
      const r = await decodeCollection(s);
      return r.ok ? 'accepted' : r.message;
    };
    expect(await message('')).toMatch(/holds no collection/);
    expect(await message(`v1.${'A'.repeat(MAX_FRAGMENT)}`)).toMatch(/too long/);
    expect(await message('v9.abc')).toMatch(/not a Teachback collection link/);
    expect(await message('v1.abc%%%')).toMatch(/damaged/);
    expect(await message(good.slice(0, good.length - 12))).toMatch(/damaged or incomplete/);
    expect(await message(`v1.${await deflate('{"title": 1}')}`)).toMatch(/not hold a valid collection \(title:/);
    expect(await message(`v1.${await deflate(' '.repeat(70_000))}`)).toMatch(/larger than Teachback allows/);
    expect(await message(`v1.${await deflate('<script>alert(1)</script>')}`)).toMatch(/damaged/);
  });

  it('only lets http(s) addresses be links', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });
});
