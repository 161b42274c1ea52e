// @vitest-environment jsdom
// The popup paints a kept first frame only when its key is the key of the fresh read: so equal
// keys must draw equal frames, whatever the time. Drawn here at moments over three days, with
// dates that change their wording (today, tomorrow) and an action that falls overdue.
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemTimeZone } from '../../lib/model/calendar';
import { addAction } from '../../lib/repos/actions';
import { addMeeting } from '../../lib/repos/meetings';
import { addPerson } from '../../lib/repos/people';
import { saveKeyedFrame } from '../../lib/ui/first-frame';
import { paintKept } from './early-start';
import { FirstFrame } from './FirstFrame';
import { firstFrameKey } from './first-frame-key';
import { readFirst } from './start';

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

afterEach(() => {
  vi.useRealTimers();
});

describe('the key of the popup’s first frame', () => {
  it('is the same only where the frame drawn is the same, at every moment of three days', async () => {
    await network();
    vi.useFakeTimers({ toFake: ['Date'] });
    const zone = systemTimeZone();
    const frames = new Map<string, Set<string>>();
    for (let at = START; at < START + 72 * HOUR; at += 20 * 60_000) {
      vi.setSystemTime(at);
      const now = new Date(at);
      const first = await readFirst(now, zone);
      if (!first) throw new Error('no first frame');
      const key = firstFrameKey(first, now, zone, 'build');
      const seen = frames.get(key) ?? new Set();
      seen.add(renderToString(<FirstFrame first={first} />));
      frames.set(key, seen);
    }
    for (const drawn of frames.values()) expect(drawn.size).toBe(1);
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
  const open = async (now: Date) => {
    document.body.innerHTML = '<div id="app"></div>';
    return paintKept(now);
  };

  it('paints the frame kept for the same read, and nothing for another', async () => {
    const { ada } = await network();
    const now = new Date(START);
    const fresh = await open(now);
    expect(fresh).toMatchObject({ painted: false });
    expect(app().innerHTML).toBe('');
    saveKeyedFrame('popup', { key: fresh.key, html: '<p>Grace, as kept</p>' });

    const again = await open(now);
    expect(again.painted).toBe(true);
    expect(app().innerHTML).toBe('<p>Grace, as kept</p>');
    expect(again.handover).toBeDefined();

    // Someone else is met sooner now: the kept frame is not the one the read would draw.
    await addMeeting({ personId: ada.id, at: new Date(START + HOUR).toISOString(), status: 'planned', kind: 'meeting' });
    const changed = await open(now);
    expect(changed.first?.prep.person.id).toBe(ada.id);
    expect(changed.painted).toBe(false);
    expect(app().innerHTML).toBe('');
  });
});
