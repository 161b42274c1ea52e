import { askOnce } from '../worker/ask-once';
import type { LoadedReview } from './load';
import type { Period } from './period';
import ReviewWorker from './review.worker?worker';

export interface ReviewRequest {
  period: Period;
  lessonTitles: Map<string, string>;
}

export type ReviewReply = { type: 'loaded'; loaded: LoadedReview } | { type: 'failed'; message: string };

/** The review of `period`, read by a worker of its own: a large network's year never holds the page. */
export async function reviewInWorker(req: ReviewRequest): Promise<LoadedReview> {
  const reply = await askOnce<ReviewRequest, ReviewReply>(new ReviewWorker(), req, 'The review stopped unexpectedly.');
  if (reply.type === 'failed') throw new Error(reply.message);
  return reply.loaded;
}
