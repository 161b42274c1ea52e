/**
 * Writes a value that changes on every keystroke. Only the latest value matters, so while one
 * write is in flight, newer values replace each other and only the last is written after it.
 * A queue of every value would leave the last keystroke waiting behind all the others, and a
 * popup closed meanwhile would lose it.
 */
export function latestWriter<T>(write: (value: T) => Promise<unknown>, settled: (error?: unknown) => void): (value: T) => void {
  let next: { value: T } | undefined;
  let busy = false;
  const drain = async () => {
    busy = true;
    while (next) {
      const { value } = next;
      next = undefined;
      try {
        await write(value);
        settled();
      } catch (e) {
        settled(e);
      }
    }
    busy = false;
  };
  return (value) => {
    next = { value };
    if (!busy) void drain();
  };
}
