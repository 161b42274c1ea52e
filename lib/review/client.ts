import type { LoadedReview } from './load';
import type { Period } from './period';
import ReviewWorker from './review.worker?worker';

export interface ReviewRequest {
  period: Period;
  lessonTitles: Map<string, string>;
}

export type ReviewReply = { type: 'loaded'; loaded: LoadedReview } | { type: 'failed'; message: string };

/** The review of `period`, read by a worker of its own. */
export function reviewInWorker(req: ReviewRequest): Promise<LoadedReview> {
  const worker = new ReviewWorker();
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ReviewReply>) => {
      worker.terminate();
      if (e.data.type === 'loaded') resolve(e.data.loaded);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'The review stopped unexpectedly.'));
    };
    worker.postMessage(req);
  });
}
