import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreSnapshot } from '../backup/snapshots';
import { addPerson, listPeople } from '../repos/people';
import { peopleCounts } from '../repos/stats';
import { defaultChoice, planImport } from './preview';
import { runContactsRequest } from './run-request';

const file = (name: string) => new File([readFileSync(join(import.meta.dirname, '../../test/fixtures/contacts', name))], name);

describe('importing contacts', () => {
  it('previews without writing, applies in one go after a snapshot, and undoes', async () => {
    await addPerson({ name: 'Aisha Bello', direction: 'up', role: 'What I wrote' });
    const preview = await runContactsRequest({ type: 'preview', file: file('linkedin-Connections.csv') });
    if (preview.type !== 'preview') throw new Error(JSON.stringify(preview));
    expect((await listPeople()).length).toBe(1);
    expect(preview.preview.rows.filter((r) => r.match).map((r) => r.name)).toEqual(['Aisha Bello']);

    const plan = planImport(
      preview.preview.rows,
      preview.preview.rows.map((r) => defaultChoice(r, 'peer')),
    );
    const applied = await runContactsRequest({ type: 'apply', plan });
    expect(applied).toMatchObject({ type: 'applied', added: 3, merged: 1, undo: { reason: 'before-import' } });
    const people = await listPeople();
    expect(people.map((p) => p.name).sort()).toEqual(['Aisha Bello', 'Chen Wei', 'Marcus Lindqvist', 'Nguyễn Thị Thu']);
    expect(people.find((p) => p.name === 'Aisha Bello')).toMatchObject({
      direction: 'up',
      role: 'What I wrote',
      org: 'Paystack, Lagos',
      emails: ['aisha.bello@paystack.example'],
    });
    expect((await peopleCounts()).active).toEqual({ up: 1, peer: 3, down: 0, outside: 0 });

    // The same file again finds everyone.
    const again = await runContactsRequest({ type: 'preview', file: file('linkedin-Connections.csv') });
    expect(again.type === 'preview' && again.preview.rows.every((r) => r.match && !r.match.patch)).toBe(true);

    if (applied.type !== 'applied') throw new Error('not applied');
    await restoreSnapshot(applied.undo.id);
    expect((await listPeople()).map((p) => p.name)).toEqual(['Aisha Bello']);
  });

  it('refuses what is not a contacts file, with the reason', async () => {
    expect(await runContactsRequest({ type: 'preview', file: file('not-contacts.txt') })).toMatchObject({ type: 'refused' });
    expect(await runContactsRequest({ type: 'preview', file: new File([], 'empty.vcf') })).toEqual({
      type: 'refused',
      message: 'This file is empty.',
    });
  });
});
