import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate';
import { countAll } from '../repos/everything';
import type { BackupReply } from './messages';
import { runBackupRequest } from './run-request';

const run = async (req: Parameters<typeof runBackupRequest>[0]) => {
  const replies: BackupReply[] = [];
  await runBackupRequest(req, (r) => replies.push(r));
  return replies;
};

describe('the backup worker’s requests', () => {
  it('imports a file with progress, then exports it again', async () => {
    const doc = generateDemo({ people: 20, meetings: 100 });
    const replies = await run({ type: 'import', file: new File([JSON.stringify(doc)], 'b.json') });
    expect(replies.at(-1)).toMatchObject({ type: 'imported', counts: { people: 20, meetings: 100 } });
    expect(replies.some((r) => r.type === 'progress' && r.total > 0)).toBe(true);
    const out = await run({ type: 'export' });
    const last = out.at(-1);
    expect(last?.type === 'exported' && JSON.parse(last.json).data.people).toHaveLength(20);
  });

  it('refuses a huge non-backup after reading only its head', async () => {
    const big = new File([new Uint8Array(30_000_000).fill(65)], 'photo.raw');
    let read = 0;
    const text = big.text.bind(big);
    big.text = () => {
      read++;
      return text();
    };
    const replies = await run({ type: 'import', file: big });
    expect(replies).toEqual([{ type: 'invalid', problems: [{ path: '', message: expect.stringMatching(/not a Teachback backup/) }] }]);
    expect(read).toBe(0);
    expect((await countAll()).people).toBe(0);
  });

  it('turns an unexpected error into a message', async () => {
    const broken = { slice: () => ({ text: () => Promise.reject(new Error('read failed')) }), size: 10 } as unknown as File;
    expect(await run({ type: 'import', file: broken })).toEqual([{ type: 'failed', message: 'read failed' }]);
  });
});

describe('preview, demo, snapshot and restore requests', () => {
  it('previews a backup without changing anything, then loads the demo, snapshots and restores', async () => {
    const doc = generateDemo({ people: 7, meetings: 20 });
    const preview = await run({ type: 'check', file: new File([JSON.stringify(doc)], 'b.json') });
    expect(preview.at(-1)).toMatchObject({ type: 'checked', counts: { people: 7, meetings: 20 }, exportedAt: doc.exportedAt });
    expect((await countAll()).people).toBe(0);
    expect((await run({ type: 'demo' })).at(-1)).toMatchObject({ type: 'imported', counts: { people: 40 } });
    const snap = (await run({ type: 'snapshot' })).at(-1);
    expect(snap?.type).toBe('snapshotted');
    await run({ type: 'import', file: new File([JSON.stringify(doc)], 'b.json') });
    const restored = (await run({ type: 'restore', id: snap?.type === 'snapshotted' ? snap.snapshot.id : '' })).at(-1);
    expect(restored?.type).toBe('restored');
    expect((await countAll()).people).toBe(40);
  });
});
