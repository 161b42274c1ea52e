import { takeSnapshot } from '../backup/snapshots';
import { db } from '../db/db';
import { stripDerived } from '../db/derived';
import { importPeople } from '../repos/people';
import type { ContactsReply, ContactsRequest } from './messages';
import { parseContactsBytes, sizeRefusal } from './parse';
import { buildPreview } from './preview';

async function answer(req: ContactsRequest): Promise<ContactsReply> {
  if (req.type === 'apply') {
    const undo = await takeSnapshot('before-import');
    return { type: 'applied', ...(await importPeople(req.plan)), undo };
  }
  const parsed = sizeRefusal(req.file.size) ?? parseContactsBytes(new Uint8Array(await req.file.arrayBuffer()), req.mapping);
  if ('refused' in parsed) return { type: 'refused', message: parsed.refused };
  const people = (await db.people.toArray()).map((p) => stripDerived('people', p));
  return { type: 'preview', preview: buildPreview(parsed, people) };
}

/** Runs one request of the contacts page; never throws. */
export async function runContactsRequest(req: ContactsRequest): Promise<ContactsReply> {
  try {
    return await answer(req);
  } catch (e) {
    return { type: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
