// Notes as readable text, for a frame drawn before the Markdown renderer has loaded. A few rules
// rather than a library: remove-markdown added 0.9 kB gzip to the chunk every page loads first,
// and the dashboard's is within 1 kB of its 60 kB budget. What the rules miss shows as written,
// for the moment before the notes are rendered.
const RULES: Array<[RegExp, string]> = [
  [/!\[([^\]]*)\]\([^)]*\)/g, '$1'],
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'],
  [/^ {0,3}>[ \t]?/gm, ''],
  [/^ {0,3}#{1,6}[ \t]+/gm, ''],
  [/```[^\n]*\n?/g, ''],
  [/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2'],
  [/\*(?=\S)([^*\n]*?\S)\*/g, '$1'],
  // Only at word edges, as in Markdown: a snake_case_name keeps its underscores.
  [/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2'],
  [/~~(.+?)~~/g, '$1'],
  [/`([^`\n]+)`/g, '$1'],
  [/<\/?[A-Za-z][^>\n]*>/g, ''],
  // As rendered: a bullet for an unordered item, and paragraphs close together, so the frame
  // keeps its height when the rendered notes replace it.
  [/^([ \t]*)[-*+][ \t]+/gm, '$1• '],
  [/\n\s*\n/g, '\n'],
];

/** `**Talked about**` reads "Talked about", a link its text; each paragraph and list item has its line. */
export function plainText(markdown: string): string {
  return RULES.reduce((text, [pattern, by]) => text.replace(pattern, by), markdown).trim();
}
