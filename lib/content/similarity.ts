// Near-duplicate detection for the prompt bank and the cues, which are shown one at a time on a
// new tab: two that ask the same thing read as a repeat, however different their ids.

/**
 * Words that carry no meaning of their own here: function words, and the words nearly every
 * prompt or cue uses ("mentor", "meeting", "person"), which would otherwise make any two look alike.
 */
const STOP = new Set(
  `a an the and or but if of to in on at for from with by about as into than then that this these those it its is are was were
  be been being do does did done have has had will would could should can may might must shall you your yours yourself they them
  their he she his her we our us i me my what which who whom whose when where why how not no nor so too very just only also any
  some each every all both one more most much many now yet still own other such there here name s t ll re ve d last next first new
  someone something anything thing mentor mentoring mentee person people meet meeting session conversation talk`.split(/\s+/),
);

/** A crude stem, so that "goal" and "goals", "start" and "started" count as one word. */
const stem = (w: string) =>
  w.replace(/'s$/, '').replace(/(ing|ed|es|s)$/, (suffix: string, _: string, at: number) => (at >= 3 ? '' : suffix));

/** The set of stemmed content words in a prompt or cue; `{name}` and punctuation are ignored. */
export function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/\{name\}/g, ' ')
      .replace(/[’‘]/g, "'")
      .replace(/[^a-z' ]+/g, ' ')
      .split(/\s+/)
      .map((w) => w.replace(/^'+|'+$/g, ''))
      .filter((w) => w && !STOP.has(w))
      .map(stem)
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/** Shared words over all words of the two sets (Jaccard), 0–1. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
}

/**
 * Thresholds, set against the first edition's 98 prompts and 47 cues. Unrelated prompts that happen to
 * share vocabulary ("a peer in another team") scored up to 0.38, and every pair at 0.4 or above was one
 * question asked twice, so any pair at 0.4 or above is refused. Two prompts linked to the same lesson and
 * the same element are already about one idea, so there a smaller overlap means a rewording: the editor's
 * pair p-goals-05/p-goals-14 scored 0.25, and no distinct same-lesson pair reached it.
 */
export const NEAR_DUPLICATE = 0.4;
export const NEAR_DUPLICATE_SAME_LESSON = 0.25;

interface Item {
  id: string;
  text: string;
  element: string;
  lesson?: string;
}

/** Every pair of items too alike to sit in one bank, with its score. */
export function nearDuplicates(items: readonly Item[]): Array<{ a: string; b: string; score: number }> {
  const words = items.map((i) => contentWords(i.text));
  const out: Array<{ a: string; b: string; score: number }> = [];
  for (let i = 0; i < items.length; i++)
    for (let k = i + 1; k < items.length; k++) {
      const [x, y] = [items[i] as Item, items[k] as Item];
      const score = jaccard(words[i] as Set<string>, words[k] as Set<string>);
      const sameIdea = x.lesson !== undefined && x.lesson === y.lesson && x.element === y.element;
      if (score >= NEAR_DUPLICATE || (sameIdea && score >= NEAR_DUPLICATE_SAME_LESSON)) out.push({ a: x.id, b: y.id, score });
    }
  return out;
}
