/** The reading speed every "N min read" in the library assumes: a common figure for adult readers of plain prose. */
export const WORDS_PER_MINUTE = 230;

/**
 * Minutes to read `words` words, rounded to the nearest whole minute and never below one.
 * Nearest rather than up: rounding up labelled every 2.2-minute lesson "3 min", which overstates by
 * up to 59 seconds; to the nearest minute the label is never more than 30 seconds out either way.
 */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** "2–3" or "3": the spread of reading times, for copy that describes the lessons as a whole. */
export function minutesRange(docs: ReadonlyArray<{ minutes: number }>): string {
  const all = docs.map((d) => d.minutes);
  const [lo, hi] = [Math.min(...all), Math.max(...all)];
  return lo === hi ? `${lo}` : `${lo}–${hi}`;
}
