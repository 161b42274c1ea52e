import { openAppDb } from './app-db';

/** The one database handle of a page, worker or service worker. */
export const db = openAppDb();
