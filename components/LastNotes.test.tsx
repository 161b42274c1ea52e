// The notes drawn before the Markdown renderer has loaded (the popup's first frame, a history
// still rendering) read as text, not as Markdown's marks.
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { LastNotes } from './LastNotes';

describe('notes before the renderer', () => {
  it('show their words without the Markdown marks, one line per list item', () => {
    const html = renderToString(
      <LastNotes markdown={'**Talked about** the [roadmap](https://example.com).\n\n- ship _less_'} headingsBelow={3} plain />,
    );
    expect(html).toBe('<p class="notes-text">Talked about the roadmap.\n• ship less</p>');
  });
});
