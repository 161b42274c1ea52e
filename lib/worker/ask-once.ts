/**
 * Sends one request to a fresh worker and resolves with its reply; the worker ends either way.
 * A worker that dies resolves with a `failed` reply carrying `stopped` as its message.
 */
export function askOnce<Req, Reply>(worker: Worker, req: Req, stopped: string): Promise<Reply | { type: 'failed'; message: string }> {
  return new Promise((resolve) => {
    worker.onmessage = (e: MessageEvent<Reply>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve({ type: 'failed', message: e.message || stopped });
    };
    worker.postMessage(req);
  });
}
