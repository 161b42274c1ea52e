import BackupWorker from './backup.worker?worker';
import type { BackupReply, BackupRequest } from './messages';

export type Final = Exclude<BackupReply, { type: 'progress' }>;

/** Sends one request to a fresh backup worker and resolves with its final reply. */
export function requestBackup(req: BackupRequest, onProgress: (done: number, total: number) => void = () => {}): Promise<Final> {
  const worker = new BackupWorker();
  return new Promise((resolve) => {
    worker.onmessage = (e: MessageEvent<BackupReply>) => {
      if (e.data.type === 'progress') return onProgress(e.data.done, e.data.total);
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve({ type: 'failed', message: e.message || 'The backup worker stopped unexpectedly.' });
    };
    worker.postMessage(req);
  });
}
