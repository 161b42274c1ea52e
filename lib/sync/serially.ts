// Runs a job one at a time: asked for while it runs, it runs once more afterwards, however many
// times it was asked meanwhile. Sync needs both halves: a round started after an edit sees that
// edit, and a burst of changes (a feed reporting thousands of documents) costs one round, not one each.

export function serially<T>(job: () => Promise<T>): () => Promise<T> {
  let running: Promise<unknown> = Promise.resolve();
  let next: Promise<T> | undefined;
  return () => {
    if (next) return next;
    const queued = running
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return job();
      });
    next = queued;
    running = queued;
    return queued;
  };
}
