// The write stamp as pages read it (lib/db/write-stamp.ts sets it): the popup trusts a kept
// frame before reading anything only under the clean stamp that frame was read under.
import { STAMP_KEY, stampStorage } from '../db/write-stamp';

/** The stamp now; undefined where there is no extension storage (then no frame is ever trusted). */
export async function readWriteStamp(): Promise<string | undefined> {
  try {
    const got = await stampStorage()?.get(STAMP_KEY);
    const value = got?.[STAMP_KEY];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A stamp no write was under way at: only a frame read under one can be trusted. */
export const isCleanStamp = (stamp: string | undefined): stamp is string => !!stamp?.startsWith('c:');
