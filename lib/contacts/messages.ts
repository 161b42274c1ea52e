import type { SnapshotMeta } from '../model/snapshot';
import type { PeopleImport } from '../repos/people';
import type { Preview } from './preview';
import type { ColumnMapping } from './types';

/** What the contacts page asks its worker. */
export type ContactsRequest = { type: 'preview'; file: File; mapping?: ColumnMapping } | { type: 'apply'; plan: PeopleImport };

export type ContactsReply =
  | { type: 'preview'; preview: Preview }
  | { type: 'refused'; message: string }
  | { type: 'applied'; added: number; merged: number; undo: SnapshotMeta }
  | { type: 'failed'; message: string };
