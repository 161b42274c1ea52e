// A review reads every meeting of its period (nearly all of 100,000 in a large network's year):
// here, reading and folding them never holds the page, however long it takes.
import { dexieReader } from '../reads/dexie-reader';
import type { ReviewReply, ReviewRequest } from './client';
import { loadReview } from './load';

// Off the page, a chunk can be large: fewer reads, and no task of the page's to make room for.
const WORKER_CHUNK = 5000;

self.onmessage = async (e: MessageEvent<ReviewRequest>) => {
  let reply: ReviewReply;
  try {
    reply = { type: 'loaded', loaded: await loadReview(e.data.period, e.data.lessonTitles, dexieReader, WORKER_CHUNK) };
  } catch (error) {
    reply = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
