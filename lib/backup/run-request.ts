import type { BackupReply, BackupRequest } from './messages';
import { exportBackup, importBackupText } from './transfer';
import { sniffBackup } from './validate';

/** Bytes read before committing to a whole file: enough to see what kind of file it is. */
const HEAD_BYTES = 64 * 1024;

async function runImport(file: File, post: (r: BackupReply) => void): Promise<void> {
  const problem = sniffBackup(await file.slice(0, HEAD_BYTES).text(), file.size);
  if (problem) return post({ type: 'invalid', problems: [problem] });
  post({ type: 'progress', done: 0, total: 0 });
  const outcome = await importBackupText(await file.text(), (done, total) => post({ type: 'progress', done, total }));
  post(
    outcome.ok ? { type: 'imported', counts: outcome.counts, ignored: outcome.ignored } : { type: 'invalid', problems: outcome.problems },
  );
}

async function runExport(post: (r: BackupReply) => void): Promise<void> {
  const doc = await exportBackup();
  const counts = Object.fromEntries(Object.entries(doc.data).map(([k, v]) => [k, v?.length ?? 0]));
  post({ type: 'exported', json: JSON.stringify(doc, null, 1), counts });
}

/** Runs one backup request, reporting through `post`; never throws. */
export async function runBackupRequest(req: BackupRequest, post: (r: BackupReply) => void): Promise<void> {
  try {
    await (req.type === 'import' ? runImport(req.file, post) : runExport(post));
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
}
