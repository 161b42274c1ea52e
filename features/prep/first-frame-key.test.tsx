// @vitest-environment jsdom
// The popup paints a kept first frame only when its key is the key of the fresh read: so equal
// keys must draw equal frames, whatever the time. Drawn here at moments over three days, with
// dates that change their wording (today, tomorrow) and an action that falls overdue.
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '../../lib/db/db';
import { systemTimeZone } from '../../lib/model/calendar';
import { dexieReader } from '../../lib/reads/dexie-reader';
import { addAction } from '../../lib/repos/actions';
import { addMeeting } from '../../lib/repos/meetings';
import { addPerson } from '../../lib/repos/people';
import { setSetting } from '../../lib/repos/settings';
import { saveKeyedFrame } from '../../lib/ui/first-frame';
import { draftFor, draftSetting } from './draft';
import { paintKept } from './early-start';
import { FirstFrame } from './FirstFrame';
import { firstFrameKey } from './first-frame-key';
import { loadPrep } from './prep-read';
import { readFirst } from './start';
import { paintTrusted } from './trusted-frame';

const START = Date.parse('2026-03-01T06:00:00Z');
const HOUR = 3_600_000;

async function network() {
  const grace = await addPerson({ name: 'Grace Hopper', direction: 'peer', teachBack: 'compilers' }, '2025-12-01T09:00:00.000Z');
  const ada = await addPerson({ name: 'Ada Lovelace', direction: 'up', teachBack: 'engines' }, '2025-12-01T09:00:00.000Z');
  await addMeeting({ personId: grace.id, at: '2026-02-20T10:00:00.000Z', notes: 'Talked about **parsers**.' });
  await addMeeting({ personId: grace.id, at: new Date(START + 60 * HOUR).toISOString(), status: 'planned', kind: 'meeting' });
  await addAction({ text: 'Send the draft', owner: 'me', personId: grace.id, dueAt: new Date(START + 20 * HOUR).toISOString() });
  return { grace, ada };
}

/** The network, with Ada's conversation being prepared from 30 hours in (for the twelve hours a draft counts as in progress). */
async function withDraft() {
  const people = await network();
  const prep = await loadPrep(dexieReader, people.ada.id, new Date(START));
  if (!prep) throw new Error('no prep for Ada');
  await setSetting(draftSetting(people.ada.id), { ...draftFor(prep, []), editedAt: new Date(START + 30 * HOUR).toISOString() });
  return people;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the key of the popup’s first frame', () => {
  it('is the same only where the frame drawn is the same, at every moment of three days', async () => {
    await withDraft();
    vi.useFakeTimers({ toFake: ['Date'] });
    const zone = systemTimeZone();
    const frames = new Map<string, Set<string>>();
    const moments: Array<{ at: number; key: string; until: number }> = [];
    for (let at = START; at < START + 72 * HOUR; at += 20 * 60_000) {
      vi.setSystemTime(at);
      const now = new Date(at);
      const first = await readFirst(now, zone);
      if (!first) throw new Error('no first frame');
      const key = firstFrameKey(first, now, zone, 'build');
      const seen = frames.get(key) ?? new Set();
      seen.add(renderToString(<FirstFrame first={first} />));
      frames.set(key, seen);
      moments.push({ at, key, until: first.until });
    }
    for (const drawn of frames.values()) expect(drawn.size).toBe(1);
    // A frame is painted before any read until its `until`: up to then, time alone never changes it.
    for (const m of moments) for (const later of moments.filter((l) => l.at > m.at && l.at < m.until)) expect(later.key).toBe(m.key);
    // And `until` is not simply "now": frames are kept for hours.
    expect(moments.filter((m) => m.until - m.at >= 2 * HOUR).length).toBeGreaterThan(moments.length / 2);
    // Neither one key for everything nor a key a moment: the kept frame changes when the frame does, and only then.
    expect(frames.size).toBeGreaterThan(3);
    expect(frames.size).toBeLessThan(20);
  });

  it('differs for another build of the page', async () => {
    await network();
    const now = new Date(START);
    const first = await readFirst(now, systemTimeZone());
    if (!first) throw new Error('no first frame');
    expect(firstFrameKey(first, now, 'UTC', 'popup-a.js')).not.toBe(firstFrameKey(first, now, 'UTC', 'popup-b.js'));
  });
});

describe('the popup’s early start', () => {
  const app = () => document.getElementById('app') as HTMLElement;
  const page = () => {
    document.body.innerHTML = '<div id="app"></div>';
  };
  const open = async (now: Date) => {
    page();
    return paintKept(paintTrusted(now));
  };
  // The stamp's writes are not waited for by the writes they mark.
  const stampSettled = async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  };
  beforeEach(() => {
    fakeBrowser.reset();
    localStorage.clear();
  });

  it('paints the frame kept for the same read, and nothing for another', async () => {
    const { ada } = await network();
    const now = new Date(START);
    const fresh = await open(now);
    expect(fresh).toMatchObject({ painted: false });
    expect(app().innerHTML).toBe('');
    saveKeyedFrame('popup', { key: fresh.key, html: '<p>Grace, as kept</p>' });

    const again = await open(now);
    expect(again.painted).toBe(true);
    expect(again.early).toBeFalsy();
    expect(app().innerHTML).toBe('<p>Grace, as kept</p>');
    expect(again.handover).toBeDefined();

    // Someone else is met sooner now: the kept frame is not the one the read would draw.
    await addMeeting({ personId: ada.id, at: new Date(START + HOUR).toISOString(), status: 'planned', kind: 'meeting' });
    const changed = await open(now);
    expect(changed.first?.prep.person.id).toBe(ada.id);
    expect(changed.painted).toBe(false);
    expect(app().innerHTML).toBe('');
  });

  /** A first opening that keeps its frame, stamped, as the app does. */
  async function kept(now: Date) {
    await stampSettled();
    const fresh = await open(now);
    if (!fresh.trust) throw new Error('the read was not under a clean stamp');
    saveKeyedFrame('popup', { key: fresh.key, html: '<p>Grace, as kept</p>', trust: fresh.trust });
    return fresh;
  }

  it('puts the kept frame in before reading anything while nothing it shows was written', async () => {
    await network();
    const now = new Date(START);
    await kept(now);
    page();
    const early = paintTrusted(now);
    // Nothing read yet: only the stamp and the kept frame.
    expect(await early.painted).toMatchObject({ early: true });
    expect(app().innerHTML).toBe('<p>Grace, as kept</p>');
    expect(await paintKept(early)).toMatchObject({ painted: true, early: true });
  });

  it('waits for the read after a write, and once the frame’s time is up', async () => {
    const { ada } = await network();
    const now = new Date(START);
    const fresh = await kept(now);
    const until = fresh.trust?.until ?? 0;
    expect(until).toBe(START + 18 * HOUR); // tomorrow, in this zone
    page();
    expect((await paintTrusted(new Date(until)).painted).early).toBe(false);

    await addMeeting({ personId: ada.id, at: new Date(START + HOUR).toISOString(), status: 'planned', kind: 'meeting' });
    await stampSettled();
    page();
    const early = paintTrusted(now);
    expect((await early.painted).early).toBe(false);
    expect(await paintKept(early)).toMatchObject({ painted: false, first: { prep: { person: { id: ada.id } } } });
  });

  it('takes the frame out at once when the read disagrees (a write that went around Teachback)', async () => {
    const { ada } = await network();
    const now = new Date(START);
    await kept(now);
    await aroundTeachback('meetings', {
      id: 'm-ada',
      personId: ada.id,
      at: new Date(START + HOUR).toISOString(),
      plannedAt: new Date(START + HOUR).toISOString(),
      status: 'planned',
      kind: 'meeting',
    });
    page();
    const early = paintTrusted(now);
    expect((await early.painted).early).toBe(true);
    const started = await paintKept(early);
    expect(started).toMatchObject({ painted: false, first: { prep: { person: { id: ada.id } } } });
    expect(app().innerHTML).toBe('');
  });
});

/** Writes `row` straight into IndexedDB, as Teachback's own code never does: no stamp. */
async function aroundTeachback(table: string, row: object): Promise<void> {
  const tx = db.backendDB().transaction(table, 'readwrite');
  tx.objectStore(table).put(row);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  });
}
