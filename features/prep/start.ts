// How the popup starts. Dexie's code costs more to load than the whole first read (as on the
// new tab, features/newtab/start.ts), so when the database is at the current schema the first
// frame is read from IndexedDB directly and drawn by FirstFrame; the app, with Dexie, loads
// after that frame and takes the page over once it has everything it shows.
import { addCalendarDays, systemTimeZone, zonedInstant } from '../../lib/model/calendar';
import { activeTotal } from '../../lib/model/people-counts';
import { openDirectReader } from '../../lib/reads/direct';
import { peopleCounts, readSetting } from '../../lib/reads/queries';
import { draftFor, draftSetting, type PrepDraft } from './draft';
import { chooseTarget, loadCues, loadPrep, type PrepData } from './prep-read';
import { ENDING_WINDOW_DAYS, plannedEnd } from './stage';

export interface FirstRead {
  active: number;
  everyone: number;
  prep: PrepData;
  draft: PrepDraft;
  /** Until when (epoch ms) the same read would give all this, if nothing is written meanwhile. */
  until: number;
}

const DAY = 86_400_000;

/**
 * The first moment time alone changes the prep: tomorrow (every date reads relative to today),
 * an open action falling overdue, the planned meeting a day past (loadPrep looks a day back),
 * the planned end coming within the "end well" window.
 */
function prepUntil(prep: PrepData, now: Date, timeZone: string): number {
  const [y, m, d] = addCalendarDays(now, 1, timeZone);
  const end = plannedEnd(prep.person);
  const moments = [
    zonedInstant(y, m, d, 0, 0, timeZone).getTime(),
    ...prep.actions.map((a) => (a.dueAt ? Date.parse(a.dueAt) : Number.NaN)),
    prep.planned ? Date.parse(prep.planned.at) + DAY : Number.NaN,
    end ? Date.parse(end) - ENDING_WINDOW_DAYS * DAY : Number.NaN,
  ];
  return Math.min(...moments.filter((t) => t > now.getTime()));
}

/**
 * Undefined when the app must draw the first frame itself (no one to prepare, an upgrade due, a
 * meeting running). `opened` is called once the read's transaction exists: what is known by
 * then was known before the read.
 */
export async function readFirst(now = new Date(), timeZone = systemTimeZone(), opened?: () => void): Promise<FirstRead | undefined> {
  void loadCues();
  const r = await openDirectReader();
  if (!r) return undefined;
  opened?.();
  try {
    const [counts, target] = await Promise.all([peopleCounts(r), chooseTarget(r, now, timeZone)]);
    if (!target.personId) return undefined;
    const [prep, stored] = await Promise.all([loadPrep(r, target.personId, now), readSetting(r, draftSetting(target.personId))]);
    if (!prep) return undefined;
    // A new draft's questions are picked (and remembered) by the app: until then, none.
    const draft = stored ?? draftFor(prep, []);
    // Only the prep step is drawn ahead: the others run a timer or hold a half-typed form.
    if (draft.step !== 'prep') return undefined;
    const until = Math.min(target.until, prepUntil(prep, now, timeZone));
    return { active: activeTotal(counts), everyone: counts.total, prep, draft, until };
  } catch {
    return undefined;
  } finally {
    r.close();
  }
}
