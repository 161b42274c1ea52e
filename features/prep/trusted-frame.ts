// The popup's earliest paint, from a tiny blocking script in its <head> (entrypoints/popup-early.ts):
// the frame kept from the last opening, before IndexedDB has even opened, when the write stamp
// says nothing that frame shows has been written since, and time has not changed it either.
// The first read (early-start.ts) then checks it, and takes it out at once if it disagrees.
import { systemTimeZone } from '../../lib/model/calendar';
import { isCleanStamp, readWriteStamp } from '../../lib/reads/write-stamp';
import { type KeyedFrame, keptFrame } from '../../lib/ui/first-frame';
import { type Handover, keepInput } from '../../lib/ui/handover';
import { pageModules } from '../../lib/ui/start-module';

export interface EarlyFrame {
  now: Date;
  timeZone: string;
  kept?: KeyedFrame;
  /** Whether the kept frame could still be vouched for, as far as is known before the stamp and the build are. */
  mayPaint: boolean;
  /** The write stamp, once it has been read (a read begun after that may be kept under it). */
  stamp?: { value: string | undefined };
  /** Once `#app` is parsed: whether the kept frame went in on the stamp alone. */
  painted: Promise<{ app: HTMLElement; build: string; early: boolean; handover?: Handover }>;
}

declare global {
  interface Window {
    tbPopupEarly?: EarlyFrame;
  }
}

/** Resolves once `id` is in the document: by then the <head>, and the files it names, are parsed. */
export function parsed(id: string): Promise<HTMLElement> {
  const found = document.getElementById(id);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      const el = document.getElementById(id);
      if (!el) return;
      watch.disconnect();
      resolve(el);
    });
    watch.observe(document.documentElement, { childList: true, subtree: true });
  });
}

/** Whether `kept` may go in before anything is read: nothing it shows was written since, and time has not changed it. */
export function stillTrue(kept: KeyedFrame | undefined, stamp: string | undefined, now: Date, build: string, timeZone: string): boolean {
  const t = kept?.trust;
  return !!t && isCleanStamp(stamp) && t.stamp === stamp && now.getTime() < t.until && t.build === build && t.timeZone === timeZone;
}

/** Starts the earliest paint: the stamp is asked for at once, the frame goes in once `#app` is parsed. */
export function paintTrusted(now = new Date()): EarlyFrame {
  const stamped = readWriteStamp();
  const timeZone = systemTimeZone();
  const kept = keptFrame('popup');
  const t = kept?.trust;
  const painted = Promise.all([stamped, parsed('app')]).then(([stamp, app]) => {
    // The modules' names are in the <head>, parsed by now.
    const build = pageModules();
    if (!kept || !stillTrue(kept, stamp, now, build, timeZone)) return { app, build, early: false };
    app.innerHTML = kept.html;
    return { app, build, early: true, handover: keepInput(app) };
  });
  const frame: EarlyFrame = { now, timeZone, kept, mayPaint: !!t && stillTrue(kept, t.stamp, now, t.build, timeZone), painted };
  void stamped.then((value) => {
    frame.stamp = { value };
  });
  return frame;
}
