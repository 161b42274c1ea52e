import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('the start of long notes', () => {
  it('is all of short notes', () => {
    expect(excerpt('Talked about *roadmaps*.', 600)).toEqual({ start: 'Talked about *roadmaps*.', moreWords: 0 });
  });

  it('keeps whole blocks, and counts the words after them', () => {
    const notes = `First point.\n\n- one\n- two\n\n${'more words here '.repeat(100)}`;
    const { start, moreWords } = excerpt(notes, 60);
    expect(start.trim()).toBe('First point.\n\n- one\n- two');
    expect(moreWords).toBe(300);
  });

  it('cuts one very long paragraph at a word', () => {
    const { start, moreWords } = excerpt('word '.repeat(2_000), 100);
    expect(start.length).toBeLessThanOrEqual(102);
    expect(start.endsWith(' …')).toBe(true);
    expect(moreWords).toBeGreaterThan(1_900);
  });

  it('keeps a first table or code block whole, for the page to clip', () => {
    const code = `\`\`\`\n${'x'.repeat(2_000)}\n\`\`\`\n`;
    const { start } = excerpt(`${code}\nafter`, 100);
    expect(start).toBe(code.trim());
  });
});
