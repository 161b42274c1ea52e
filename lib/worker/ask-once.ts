import { beginWrite } from '../db/write-stamp';

/**
 * Sends one request to a fresh worker and resolves with its reply; the worker ends either way.
 * A worker that dies resolves with a `failed` reply carrying `stopped` as its message. The
 * request is taken to write (an import): the write stamp says so until the worker has ended.
 */
export function askOnce<Req, Reply>(worker: Worker, req: Req, stopped: string): Promise<Reply | { type: 'failed'; message: string }> {
  const written = beginWrite();
  const end = () => {
    worker.terminate();
    written();
  };
  return new Promise((resolve) => {
    worker.onmessage = (e: MessageEvent<Reply>) => {
      end();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      end();
      resolve({ type: 'failed', message: e.message || stopped });
    };
    worker.postMessage(req);
  });
}
