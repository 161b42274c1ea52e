// How the popup starts. Dexie's code costs more to load than the whole first read (as on the
// new tab, features/newtab/start.ts), so when the database is at the current schema the first
// frame is read from IndexedDB directly and drawn by FirstFrame; the app, with Dexie, loads
// after that frame and takes the page over once it has everything it shows.
import { systemTimeZone } from '../../lib/model/calendar';
import { activeTotal } from '../../lib/model/people-counts';
import { openDirectReader } from '../../lib/reads/direct';
import { peopleCounts, readSetting } from '../../lib/reads/queries';
import { draftFor, draftSetting, type PrepDraft } from './draft';
import { defaultTarget, loadCues, loadPrep, type PrepData } from './prep-read';

export interface FirstRead {
  active: number;
  everyone: number;
  prep: PrepData;
  draft: PrepDraft;
}

/** Undefined when the app must draw the first frame itself (no one to prepare, an upgrade due, a meeting running). */
export async function readFirst(now = new Date(), timeZone = systemTimeZone()): Promise<FirstRead | undefined> {
  void loadCues();
  const r = await openDirectReader();
  if (!r) return undefined;
  try {
    const [counts, target] = await Promise.all([peopleCounts(r), defaultTarget(r, now, timeZone)]);
    if (!target) return undefined;
    const [prep, stored] = await Promise.all([loadPrep(r, target, now), readSetting(r, draftSetting(target))]);
    if (!prep) return undefined;
    // A new draft's questions are picked (and remembered) by the app: until then, none.
    const draft = stored ?? draftFor(prep, []);
    // Only the prep step is drawn ahead: the others run a timer or hold a half-typed form.
    if (draft.step !== 'prep') return undefined;
    return { active: activeTotal(counts), everyone: counts.total, prep, draft };
  } catch {
    return undefined;
  } finally {
    r.close();
  }
}
