import { dexieReader } from '../db/dexie-reader';
import * as reads from '../reads/queries';

/** Whether the user reflected or was in contact with anyone between two instants (two indexed probes). */
export const activeBetween = (from: string, to: string): Promise<boolean> => reads.activeBetween(dexieReader, from, to);
