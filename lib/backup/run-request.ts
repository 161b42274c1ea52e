import { generateDemo } from '../demo/generate';
import type { BackupReply, BackupRequest } from './messages';
import { restoreSnapshot, takeSnapshot } from './snapshots';
import { applyBackup, exportBackup, importBackupText } from './transfer';
import { type Checked, parseBackup, sniffBackup } from './validate';

/** Bytes read before committing to a whole file: enough to see what kind of file it is. */
const HEAD_BYTES = 64 * 1024;

type Post = (r: BackupReply) => void;
const countsOf = (data: Record<string, unknown[] | undefined>) =>
  Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v?.length ?? 0]));

/** The quick look at the head of the file, then the full check; undefined when refused (and said so). */
async function readChecked(file: File, post: Post): Promise<Extract<Checked, { ok: true }> | undefined> {
  const problem = sniffBackup(await file.slice(0, HEAD_BYTES).text(), file.size);
  if (problem) return void post({ type: 'invalid', problems: [problem] });
  post({ type: 'progress', done: 0, total: 0 });
  const checked = parseBackup(await file.text());
  if (!checked.ok) return void post({ type: 'invalid', problems: checked.problems });
  return checked;
}

const progress = (post: Post) => (done: number, total: number) => post({ type: 'progress', done, total });

const HANDLERS: { [K in BackupRequest['type']]: (req: Extract<BackupRequest, { type: K }>, post: Post) => Promise<void> } = {
  check: async ({ file }, post) => {
    const checked = await readChecked(file, post);
    if (checked)
      post({ type: 'checked', counts: countsOf(checked.backup.data), exportedAt: checked.backup.exportedAt, ignored: checked.ignored });
  },
  import: async ({ file }, post) => {
    const checked = await readChecked(file, post);
    if (!checked) return;
    post({ type: 'imported', counts: await applyBackup(checked.backup, progress(post)), ignored: checked.ignored });
  },
  export: async (_req, post) => {
    const doc = await exportBackup();
    post({ type: 'exported', json: JSON.stringify(doc, null, 1), counts: countsOf(doc.data) });
  },
  demo: async (_req, post) => {
    const outcome = await importBackupText(JSON.stringify(generateDemo()), progress(post));
    post(outcome.ok ? { type: 'imported', counts: outcome.counts, ignored: [] } : { type: 'invalid', problems: outcome.problems });
  },
  snapshot: async (_req, post) => post({ type: 'snapshotted', snapshot: await takeSnapshot('manual') }),
  restore: async ({ id }, post) => post({ type: 'restored', undo: await restoreSnapshot(id, progress(post)) }),
};

/** Runs one backup request, reporting through `post`; never throws. */
export async function runBackupRequest(req: BackupRequest, post: Post): Promise<void> {
  try {
    await (HANDLERS[req.type] as (r: BackupRequest, p: Post) => Promise<void>)(req, post);
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
}
