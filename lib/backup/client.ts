import { beginWrite } from '../db/write-stamp';
import BackupWorker from './backup.worker?worker';
import type { BackupReply, BackupRequest } from './messages';

export type Final = Exclude<BackupReply, { type: 'progress' }>;

/** Sends one request to a fresh backup worker and resolves with its final reply. */
export function requestBackup(req: BackupRequest, onProgress: (done: number, total: number) => void = () => {}): Promise<Final> {
  const worker = new BackupWorker();
  // The worker has no extension storage to stamp its writes with (lib/db/write-stamp.ts).
  const written = beginWrite();
  const end = () => {
    worker.terminate();
    written();
  };
  return new Promise((resolve) => {
    worker.onmessage = (e: MessageEvent<BackupReply>) => {
      if (e.data.type === 'progress') return onProgress(e.data.done, e.data.total);
      end();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      end();
      resolve({ type: 'failed', message: e.message || 'The backup worker stopped unexpectedly.' });
    };
    worker.postMessage(req);
  });
}
